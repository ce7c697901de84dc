// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.30070377474170135) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d9126debd7bddeadb83cba516ac38b4934f59c5e3c1c52b10e0ba69f6a64440
