// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3284575453700094) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 08de67d2a0c34d621e5e05fc73b9c0f793179fadf0a3b2a52200b1c751e00dcf
