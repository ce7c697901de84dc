// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17635757975323763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9047feb31cb382ee316d006b99221f0c1e0b209d0d924bfc0c96be3f342e856a
