// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.360366504099666) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c819a4319e272edc6d115a9613156a400aaaef88609f9e24d899dbaa207eacb8
