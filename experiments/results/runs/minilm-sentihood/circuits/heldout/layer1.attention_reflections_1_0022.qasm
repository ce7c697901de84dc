// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7783514627963425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c94a6a644c99723ee337b6c2b32a112941098b94058f23f25b1419f35cea7def
