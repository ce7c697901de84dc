// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.815352686311316) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 998cdfb19e8a65aae3c9c306da9b5bf28627c402bcea5b4eb76118c0eba9b7c5
