// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4624407402243773) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 192405b0e14b5be9829cebafbfd7ecb4b4c73f457e3aa84b7571525f297a1cb1
