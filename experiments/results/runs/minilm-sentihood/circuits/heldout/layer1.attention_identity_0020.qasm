// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.212229582116206) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 321210142914bd2b8b5af537c53dd260ddcea098cb5149d001963f87fc4e4648
