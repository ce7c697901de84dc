// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.937241965453717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1199064aa436a8c17904d7b00ae07dfa0751acd27d5c20e408bf920d59f1921c
