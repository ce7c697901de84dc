// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5299283308598866) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcc32c0547c3c6fe0ab9a6eaacfc4259423486dbf3d87defc0084df8621b3efb
