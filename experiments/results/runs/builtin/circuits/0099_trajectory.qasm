// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6894774335316978) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5491a63d5976a12c9258ff63547147d96c098ad42af03c23574f24b3b9c845d
