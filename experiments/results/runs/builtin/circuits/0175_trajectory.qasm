// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2294152229655944) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1062bceac9b11519e9b759f92f4c66d471b2221d00bcf67f36f3c2d166caec3
