// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9305656184898656) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23fa48a2ad7f2109de56c49f73d0df6db8d762a44f436ccab13c52873166c596
