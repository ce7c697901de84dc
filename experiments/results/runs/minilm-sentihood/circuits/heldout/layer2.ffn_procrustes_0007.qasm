// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1997299515125943) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05619172e5cf1f4b5ee109fa059d99aaa7065f2fb7abf539922b841c9d660a91
