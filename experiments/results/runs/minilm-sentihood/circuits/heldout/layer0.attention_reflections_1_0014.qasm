// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4432193574136924) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd3616df122e6f671d8f2987dd475367a2ffe54b6fe85f2b5820924501fb22c2
