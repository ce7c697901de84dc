// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.33632389222524495) q[0];
ry(1.0785487256035449) q[0];
rz(-0.1637472009677179) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3bebfa8d899ab5252273e53eef8805f029073228e3a7c89863b481addc35b0da
