// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3189323859922144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4820c43488089eb60d9a8edd49b5998c6a3df8edfc57270b468c5f2417ec4149
