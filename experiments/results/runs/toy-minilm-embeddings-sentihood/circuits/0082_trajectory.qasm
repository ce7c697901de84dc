// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.032200697765112) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ed7a37107eef5602ea68040c84deae6bcbfcb151d6a608393fbfad3e1a676be
