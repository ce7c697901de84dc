// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.775003756533704) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e7cde9bed9d1a06eed4c552a1038deac9b5bcd880c2b6cac2e80c21aa8b51f3e
