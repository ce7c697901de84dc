// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8605359064564624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 60ada3917ab769c9cec56ef249da358a9276363cc58c685bf110ff74a0f8fcbf
