// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8084570390329398) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aaf5ca3592ce16ee33b90b2ef678449c6cbf539b7c5244b90fd25ea266e8a924
