// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6306696810076653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44e6f4ce4a2ee7f28d796359cffb2804e01e85aabf7132137d9ae512fee8827b
