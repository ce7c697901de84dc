// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0932280764463596) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 74b1cc08527973e65094c80e94675b8c643ff6039364d64bfbdff97e61619898
