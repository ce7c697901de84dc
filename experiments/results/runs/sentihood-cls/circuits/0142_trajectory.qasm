// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.583098902146671) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a7af58eeefb4c2946ee6ada6d2fce369097d1e142181d4894ade5bf3e4d4fb5
