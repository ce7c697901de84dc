// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4794504332445513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b65e82802b20380f3311dd7d1e5dc1acb88d2780bdbcced8f193e116eb15884
