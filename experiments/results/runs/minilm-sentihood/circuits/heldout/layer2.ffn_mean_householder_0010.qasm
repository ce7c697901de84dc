// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.18541562481255122) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd3a0164ad997d9d7405c853319e39255601a3b27c4b39717a147e7d429bb7de
