// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40670315712831284) q[0];
ry(0.5288961206483116) q[0];
rz(-0.35602018507732724) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77df5aeaf0997837bb7dce70891cc105f8764e7ffdfec132813a1d2d77b64c08
