// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0166111498608192) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15e2febe994c05651f8f20b18c1781c299ea7911b81a16fae3613b6feb12516f
