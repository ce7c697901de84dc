// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1763589496682435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 73e63868b4263e1ecc57e3dc19014bb013c185db9feffa86cec454c19be8a20f
