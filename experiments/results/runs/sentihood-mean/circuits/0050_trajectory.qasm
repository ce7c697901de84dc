// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.996302383556401) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7303d7522344ed409713ec61bebf205a12358b9a5f1fb72e44c0d2db1be47918
