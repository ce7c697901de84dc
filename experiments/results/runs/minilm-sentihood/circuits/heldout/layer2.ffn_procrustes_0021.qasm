// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.63935762779949) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4408bfffe58d745104113664080f49c2586093547f9bc04b537163c2f419eca9
