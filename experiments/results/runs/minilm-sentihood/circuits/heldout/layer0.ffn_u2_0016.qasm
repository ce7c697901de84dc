// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14996127773350354) q[0];
ry(1.3911979072694656) q[0];
rz(-0.026984332476509998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea84687052b9046515441c25226497d37e26d6f4ac9eb1d47fedfed89db45bc9
