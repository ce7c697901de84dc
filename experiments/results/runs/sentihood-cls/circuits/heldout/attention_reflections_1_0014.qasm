// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6677832342687167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dbf110df377ca0fae8b1973af24a2062bfc7ee3490f70510fcda7bf30305c781
