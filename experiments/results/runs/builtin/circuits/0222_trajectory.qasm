// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5801863939444396) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9854e89d59b58b435acd7ee384355327e0d02fd41e176abd33180e6b55f13f42
