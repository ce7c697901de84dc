// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.16429081821986413) q[0];
ry(0.6021660800416111) q[0];
rz(-0.13578455700251668) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6785721496143c0c23aac3e2e38dae3fc12bfe93833191a1473f82d2cd4ba999
