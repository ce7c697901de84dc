// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.992263360184787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5233ed3ce5f939abb6e7983f19a726e908a8e23287a6aeabf8e0b634974a89fc
