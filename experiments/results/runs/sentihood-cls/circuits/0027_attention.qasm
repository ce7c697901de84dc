// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.16187939816209054) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 622d2304bf39fcaa45e4dc71981a85a2eceb6b7d98c3776ad46793c0fff4f0cb
