// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6484877253356043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a9b2577cabb703bc6d04f2b71bb479b95abf737e38f83de2bfd64d4a681c6a1
