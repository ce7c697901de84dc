// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4914601420021283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa0c6bce38f85d01b1e9b2282d7ca45a9c7385adeef4ceb7a3321a536893b027
