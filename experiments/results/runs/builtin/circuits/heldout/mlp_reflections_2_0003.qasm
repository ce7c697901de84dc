// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.695109361604056) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1e132dc60b51ec04928c8b2f659176ca20dedeff65220a90dac378b798ba5f0
