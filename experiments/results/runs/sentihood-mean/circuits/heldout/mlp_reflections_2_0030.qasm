// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2343053705151417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6ca946b4c6f6d2e172e4be6ade558a0fd384548b1082b55435960288625eed7
