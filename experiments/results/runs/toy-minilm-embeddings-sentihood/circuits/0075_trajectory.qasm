// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.126889923217916) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4ad221d0dede699fbc1cb36c5af13721f1ed4345617a86539b26b8e855f1b3c
