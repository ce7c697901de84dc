// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6587172632484148) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9750861620364d7615f0f76c8b74bf8ffc086232193641a10c1a5b284af3116
