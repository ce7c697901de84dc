// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.270459704458266) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f353694cd08966e8d6129ab4f1ca6b61716747334db853f9df2bd2413f7ef161
