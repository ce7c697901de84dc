// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4003004318892536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20b6b82017663936f8fd03e0bdca73aac4b81852643626f141ff1a90ffc3e4f0
