// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7892277305351536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce2489c75b2820ddaaab9d14e4e68883b419824f19de14c4750c514af8d481f7
