// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3366274225451384) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c66d9a82fd6afb354e3ccd9f458c7cb973291bc75105ebbe69e606b25745263b
