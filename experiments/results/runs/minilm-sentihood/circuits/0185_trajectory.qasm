// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9256459384338522) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 457b477d54a4745e55b77fe7afbe0b629ea2f6e5d53a365f1dc9b99c262c795c
