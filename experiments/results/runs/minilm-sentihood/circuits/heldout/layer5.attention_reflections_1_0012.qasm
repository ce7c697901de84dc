// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.457320100610295) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e616067d33ca9fd4e2a990a51617bfd284d2f4c15b9582a5e776efc70b8f9ef4
