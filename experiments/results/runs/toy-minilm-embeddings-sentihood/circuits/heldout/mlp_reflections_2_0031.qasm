// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6489315558472865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1bc1bb8f906501eaca5bb2ffc7c2d887259363272a95927a91d5c205ea3ace4
