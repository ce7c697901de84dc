// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3864289158747263) q[0];
ry(0.8817302783653485) q[0];
rz(-0.2531548774465069) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3144b7a2afeba03568536170970b03e251466f46bcf54da2701f5ef92bd3ca2
