// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3843586728864503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dd4798da6eeb3c746c508f83c4a298c5cc1c4bead63642164aeb0417939f945
