// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6373074880394438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 493d73577f97d63b09640b8fb76356d36e8ed2f429f5b3a6b02f642bc6979438
