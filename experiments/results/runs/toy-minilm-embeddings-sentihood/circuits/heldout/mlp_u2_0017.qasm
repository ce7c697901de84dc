// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2843527124019709) q[0];
ry(0.3164630356306709) q[0];
rz(-0.27092962893163586) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6515aa814503f5a798305e3741357d99d90b905f14038963adb78097c4a02f83
