// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3073688569106947) q[0];
ry(1.1116633994246694) q[0];
rz(-0.13975814532796882) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02e54813ae9ae4023278944f7548a680c0ea3143b8d5ba0379af86bbc2a87289
