// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.042353259640227) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb771c9e244c2ead12cf3fe9043215b57a7a1b334f8a308d45d9b9e0d1c663fe
