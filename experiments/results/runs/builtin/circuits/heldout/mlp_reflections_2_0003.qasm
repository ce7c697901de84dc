// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6951093604683853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 058e473b5be9df25e466c7da272250f5e6016f0b690305278d45b4075c4cf413
