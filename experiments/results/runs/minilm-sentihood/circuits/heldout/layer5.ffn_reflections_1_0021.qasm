// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5493522985863079) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 910e2c19e360054cd4d21cf9f1f726440d1bc1ab8d371210b3fed446f8ad7c8e
