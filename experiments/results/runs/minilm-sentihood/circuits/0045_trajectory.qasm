// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3654385420933917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44f76f98b5035738de1d2f5ff52ab35be310f2340d84e378c120e670a1654a6b
