// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.594654295879419) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e59393c08d22f426319c5f6f8b7116e6f3de50f3a11512dd463a3130a91e9aa2
