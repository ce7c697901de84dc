// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9997781787207063) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb7b65fe3f7b2b00f94b940a65c565e1415bb8d50174ed5a97d40957cba40ae8
