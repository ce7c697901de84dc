// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.27555056840414016) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e45caae3ba989da7f184f7405c6b808825b825e531c5858d2dd9f13c19a62e4c
