// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20596370556274257) q[0];
ry(1.3999822363517205) q[0];
rz(-0.03549935860736131) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59e6edd2254cef0ba53ec70b9c870b55d584bd3f226bef391d642e46dc6f5988
