// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4722712898098993) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a6473f9e74b233a44512c0025a83f063ed421ca9b5ad1deb3617ee1d8eb65a8
