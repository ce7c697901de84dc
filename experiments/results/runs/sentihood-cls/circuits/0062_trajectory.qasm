// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7350834468475145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 612ba90408b2b2b6309893e8de53344263eaa4d823984eec7115ca5a040954a2
