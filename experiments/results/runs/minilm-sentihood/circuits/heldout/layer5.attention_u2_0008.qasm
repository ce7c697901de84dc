// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10865590600030739) q[0];
ry(2.117425777459484) q[0];
rz(0.056643181825065) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f37a68f46937cc2705ce513a825d3e9c3cc35aeb041355936051a350cb235c5
