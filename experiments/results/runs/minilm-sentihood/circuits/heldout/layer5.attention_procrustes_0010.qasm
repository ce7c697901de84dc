// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.294791383744445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 745c82a88c74ebf1aab233234bc0a37fe546da721b6513ef668fdca08e1e52c9
