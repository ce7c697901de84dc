// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1998300758693401) q[0];
ry(0.2164763667094888) q[0];
rz(-0.19528513669518288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba106e193fb8e36ff7bd372538f7b8020edfa800562b13face6719c12b6ffbd2
