// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.17188327977287468) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de92c7e0834c14b3f9ea674b4ed022b95eaf91bf9dbd2852afd4d612cef0e41d
