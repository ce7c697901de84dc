// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6960712612418534) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1845b105a87282492e4059a5aafbcf4afbe8ae314daaf02f7fc5b45ed4a90d1
