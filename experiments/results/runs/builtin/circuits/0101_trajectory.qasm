// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3063516501087165) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 286a2143093617230e33c00f1144c088e4f6bd4409aae3eeb44e2ac023489daf
