// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8092986659258234) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 299fceff2d4d5e148f7dfc58b13977751da8305719a2ea5270ee981aa6bff570
