// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6658702129024867) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 048b1f56a982df669379f69c9d7cae0a413a6cc2ad8198525146f14d3b82e2ce
