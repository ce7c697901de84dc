// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4552323310182945) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1328d7ee14a417ecabe410c488a0bdbd4f1c0538651b7a065ac1ef524eaea6b
