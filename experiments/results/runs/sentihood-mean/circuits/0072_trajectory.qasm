// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20359823217104148) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 63492bdfa70019e73118efe753fd6146b493fe14523429841eadb3c9365af1dd
