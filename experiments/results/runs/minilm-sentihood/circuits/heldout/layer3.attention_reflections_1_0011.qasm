// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9641122953046692) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1d50f3f8d24adad2764d249ee9d08fa1eabd26cced707f81d46bf1ebf6a223b
