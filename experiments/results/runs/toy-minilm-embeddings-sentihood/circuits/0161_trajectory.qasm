// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8539979737460494) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcbfc5ccb22ee21bc1870e9cd038dd6978e6f80901bb508a3244727e8ea729a1
