// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3639371774604525) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0c21813463ac60719ad9df7be2582d8f30b935f0db96007bc47b377c7389a228
