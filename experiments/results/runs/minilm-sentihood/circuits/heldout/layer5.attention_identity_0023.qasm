// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5486959868697245) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 236fabff0b5f24485c96c73873bd4ae8f7f0906d67f64f549f4d3e23d6afd439
