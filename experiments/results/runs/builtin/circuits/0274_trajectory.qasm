// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5833492419387343) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b715377b4f4546a1d565532420ebe7fbde15490b2ce5e1a952520124bda5db84
