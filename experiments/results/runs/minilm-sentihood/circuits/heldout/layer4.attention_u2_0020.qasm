// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3771103847083124) q[0];
ry(2.5687118568566323) q[0];
rz(0.3212986002270415) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5eed1223d08f69a5bb1d218a53dc38c8a576ff0207d2c442aff67e13ec1f15a5
