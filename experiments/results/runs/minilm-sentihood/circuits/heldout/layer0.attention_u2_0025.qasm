// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.311912622466322) q[0];
ry(1.2460378154188148) q[0];
rz(-0.10252267270487625) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6280e55b65f19ac6350642bed0a1f13b1a267df5b3ade0b25e3d460e651d0493
