// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5102035157208937) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df76b1ecc9b34df9d22068cf18fb3801cd5ec807918c12f900aaf901050a46ca
