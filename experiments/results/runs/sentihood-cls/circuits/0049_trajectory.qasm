// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9398459877575465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce54f9f503ec6080f2921854377e4d017d74ab96c2358ac09d2da2441f9cbf80
