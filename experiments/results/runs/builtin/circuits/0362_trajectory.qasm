// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.42115053440015154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ece6b0638e5ed79d3d86a847169002e8f334f5be590a62abbaea28e85be78592
