// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7346901230042628) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 294ffcb74b533000f66151a2a84023d2134a1f75077c960049594874e367c567
