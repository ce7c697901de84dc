// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5826039787874526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37d952753350a4683e8853b57235c2f18db761bc30d624ff981e12417da3270e
