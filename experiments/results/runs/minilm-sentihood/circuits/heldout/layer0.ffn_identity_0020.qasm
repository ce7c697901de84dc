// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.17260934095329) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ed6adf57e0291247b68f14344ef6d354343a3a0a8c51fe9fe6aabff3612fbbd
