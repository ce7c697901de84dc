// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.800902735173006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1a0eeffada179b95926bbce6452d53a0b329664ed032de517712e36bd832077
