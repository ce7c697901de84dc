// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4592476818902878) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 460875985ba446eadf1b4f5506a535dc52648824083d91e10d430a180d380e5f
