// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.465871363166395) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e046f0058e4cd16a7aa3c6bd642094cd10e30e75dbb5703b18ed9e481bf0fb63
