// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.235039039458957) q[0];
ry(1.3961772728581645) q[0];
rz(-0.04157899162532708) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7ce31d9d160f56537a06b74b4441cd834b89376612c60f117a50cc019a48d848
