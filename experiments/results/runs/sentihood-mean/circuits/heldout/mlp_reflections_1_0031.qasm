// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4945992218933346) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ff3199c6b50b9cb9040615bf19c0003d183f03233ecc374fe3833eba0d3f392
