// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9001150888735063) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f15d22dc23c9f9a2bc94edd36f834e8b2cb2b4d56efe1e8ccdc2ec5bf0592c76
