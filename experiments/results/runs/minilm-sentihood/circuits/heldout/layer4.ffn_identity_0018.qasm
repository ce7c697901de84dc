// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2764614492741257) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65f91b640c7836df8684c998ba400b5c501e4c94f45d1aab0616d6a76bf7bcf8
