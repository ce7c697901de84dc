// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.07325718540740489) q[0];
ry(0.6218409606707594) q[0];
rz(-0.059580129949975635) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 89348c30c82d3615f83a72bb7cd1e3a9b94cd62feee0c2c07a31bf5671a22783
