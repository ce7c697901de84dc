// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3612074732959624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c088ae60bdd355f18f5e0ec06dad165dbd2df68fc73d333ce67967dfb3c62706
