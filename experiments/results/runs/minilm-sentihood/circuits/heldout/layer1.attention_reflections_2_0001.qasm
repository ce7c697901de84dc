// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6318838418980137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5450094bc695f9bb6f8e4c1402457780bad2d962d7cd0f63cbaf5e4a1a5ff2dd
