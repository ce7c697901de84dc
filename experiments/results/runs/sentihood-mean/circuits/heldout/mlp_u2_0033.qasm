// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7159145475033135) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5d5e0ded1aec47ca097d98b8d480726b8577adeb82d6c560e1717ef272a40ca
