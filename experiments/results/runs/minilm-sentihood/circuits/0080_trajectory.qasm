// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.084834342758798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4713f880a37c4b710cf04384893a634aab160a2d00587950baec116df3d1cdc3
