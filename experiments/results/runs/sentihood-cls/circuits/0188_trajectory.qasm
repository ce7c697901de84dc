// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6698540254312544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aafdaf127936537892080cc0bd6473cbf66a4e7464e04fe3b4406b84033b7cca
