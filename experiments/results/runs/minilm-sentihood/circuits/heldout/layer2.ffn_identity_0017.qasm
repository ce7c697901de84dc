// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.074383631612848) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15aaa3becec3c74575c15da0db89d2da1032305688d21f8439c9e57d6a39c7b8
