// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.2826914963486242) q[0];
ry(1.7146119842128171) q[0];
rz(0.4504569109576857) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e8477e3f721ba750b9394ceacc2cd9723b4a14359bce1ef639ed55bc7a22c6c
