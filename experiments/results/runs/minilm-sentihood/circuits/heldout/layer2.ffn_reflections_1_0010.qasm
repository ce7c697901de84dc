// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9618619376434998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec768096c067b6343e58145b1c6abf56a410783f3ff53d6f14dd615454c94ce5
