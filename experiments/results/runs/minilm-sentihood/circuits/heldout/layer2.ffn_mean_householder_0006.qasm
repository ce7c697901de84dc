// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7405897300634021) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b815198cf76f7553ef4931c17a7feff19a1ff33acef08e4f24b5c19b53b0840
