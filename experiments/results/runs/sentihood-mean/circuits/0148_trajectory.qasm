// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8875448581287834) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af61a25446f7b537a69ffa90c13791a374087ff6029e3e5a8c4e16fd821b16b9
