// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14986204827901117) q[0];
ry(1.3947282781860937) q[0];
rz(-0.02644193136194639) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26a9114300bfbdbe17b9b03b0f1acea25fa5c758fa12c545424013a28acede50
