// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22591296570232489) q[0];
ry(1.3212225736954957) q[0];
rz(-0.05670663817930155) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb839426ab2cdfebcbf574b6b4846b002157a61ec8612f67972f506e5b3ae38b
