// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4767454702244104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 516032fb44faea63b09a599a61121c4171d17b63a6d8e79b101fda892a2aa687
