// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2766165186948677) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 986e02c3914f10f53085a994fe24043295759e4ef9b25bb3fc2e62d6330e950a
