// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.639370917273113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e81be16beee931437d4ada2ef26b43603ef86ed32753ee3612191ded3e4d6bfe
