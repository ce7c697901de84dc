// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1738008744950004) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ce8caf6b2c93d72b2f071c651f957e3ab32d46b9699a30f5a01f765dabec2b8
