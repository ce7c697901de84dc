// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-3.027589843430933) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 399665a4a9e5a3f0ad683f4faaec02f456a3d9badb835454ef6d5da28e8d4cdf
