// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3232468239342565) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6edcf0213e8dc8d583d4886cceaf2add784fa36c581248e9e70b38a061895282
