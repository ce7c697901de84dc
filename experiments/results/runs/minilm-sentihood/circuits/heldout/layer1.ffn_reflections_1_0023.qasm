// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2835996334509643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9fa2c01a9a168c843d2b32078b483a2fd98cc3ecc77e269c00403e0feba69bce
