// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1184233367153622) q[0];
ry(1.439895672534936) q[0];
rz(-0.015528878184232653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb86703f14b12acd322d8dbe1bb5de2c5e3772cdfeb33f3c60d963e17fe23a7a
