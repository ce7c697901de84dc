// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.50489852058331) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 accede68b0f83ed12c2ba9bfa3a129e313f17c79e74f73f2af40128e16b06cc8
