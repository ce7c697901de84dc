// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5350381849374664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 03f65b6a74a30179b9aeea002bd0b0bf76e4494078390a20e0912d4583785041
