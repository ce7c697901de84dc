// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.22077692095556353) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 017f45e55197bd8167c738b2249f9c30b9019d9fa8c5c06cda4656bbc1de4dea
