// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.22077692095556412) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b7655dc88d33de21fe0be527cca2bd05867fe6289725ef83d8ad8f186dffd4a
