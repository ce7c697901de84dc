// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3009859619401976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a2735240242aa56b6bb6baae0707a574221476c47fb6554de15263bc0a730be
