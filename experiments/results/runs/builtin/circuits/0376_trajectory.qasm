// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1155006375792165) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b340dcf91b37f666c0718e1f25b8053e5a5ae3b6eb42b8f14b1e0fc428918f0
