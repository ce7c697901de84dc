// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.204473729436606) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc584a553a2016d906e070e6f2a7823bb91ab2569c2d57073fd491ac9e1606a8
