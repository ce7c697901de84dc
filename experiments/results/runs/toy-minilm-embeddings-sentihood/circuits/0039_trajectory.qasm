// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.45153985533469104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 63dd578feca26c122d44fa8669d4b56daddc8b93fe53d91fd11c4e994bbaec95
