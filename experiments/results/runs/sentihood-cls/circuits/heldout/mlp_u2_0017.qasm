// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.6548505101755508) q[0];
ry(0.19353452408059768) q[0];
rz(-0.6457695336273925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 16dfe7b59f5169e24e56ad820ede450b2a5a1f685792a87a5c2b897fea10b4cb
