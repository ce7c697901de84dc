// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3296603236004565) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd6b6a3828812305a13479a5785422ec96d34007ebe3b49fcb824eba3f9e6021
