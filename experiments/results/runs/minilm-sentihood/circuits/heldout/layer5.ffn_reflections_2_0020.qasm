// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5664070668984413) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c226668464b16504396f12ee7e7faf3cc5129aa47f9e28c4ec594a4b2cba7ed5
