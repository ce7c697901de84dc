// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9375575156291452) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 28034643a0a7ff3e7e68aa3ba61d3fe546cce4707e107d3e2f1c2f2ff7dfecd1
