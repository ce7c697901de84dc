// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6897664112741553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 883cb6cb131a06ab73c88b2bcc6095ae003c074aac10134ad210521212720112
