// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2353957268008107) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 01b3df84445daec8c11904548fe786519ec3e542c95b822009493e38cd8eb4f1
