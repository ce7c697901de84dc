// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.24154346843635646) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f6ace90f82baf4c8a06f3855488cc166802531d82cdd9980fea69053abb3b29
