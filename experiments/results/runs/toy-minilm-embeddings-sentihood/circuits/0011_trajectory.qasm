// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.460149770821261) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41e741f3ad8ec5d5e9452830881ef6c63df48dc34184c116b4178e7141473648
