// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.23246982592847093) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6b8fd9c5a57d26d93aa396af569335b1d6d675bfaf6a5c6ece5fb4f2e73cb96
