// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3614134933170987) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f1bae68e2dc1f40e0124ee1441135f285e2377ff1ec71696ed4c767cefe07bd
