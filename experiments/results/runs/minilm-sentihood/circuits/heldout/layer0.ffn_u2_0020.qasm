// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.17691736537148728) q[0];
ry(2.1530441068265636) q[0];
rz(0.09800029397652255) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bde172dcc1f2f9050106e0eca5b112a7c963b3838a394b921431dc5229fc8718
