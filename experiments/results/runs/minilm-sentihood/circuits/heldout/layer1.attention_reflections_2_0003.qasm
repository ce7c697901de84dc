// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1522790819659974) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea7f9f0d181c9e7b74f8a1aa431c674734a88fdfbb8a9a02f6747a709e8ebe0f
