// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.790263355684627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 224b6e171a57be399bd62c04e9122f674fe0fea801ebfee38d534cd2a8e71762
