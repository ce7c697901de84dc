// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4921129498334251) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f21ebf418e033e8d3786806c1f157ce840bca87ec0ffd71d069a88d0c43ae868
