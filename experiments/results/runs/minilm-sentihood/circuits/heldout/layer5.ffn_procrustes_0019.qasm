// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7343904477190524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 308c1cf96da4e1f4627150c30c29d8c7e47ef636679bf68f57fa7d33507c16a3
