// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.271174536022544) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d502164cc057e8abb91229d3ebe7c7d1c5a1c7a2e9a0dd8ddcf2e6eafaae24a
