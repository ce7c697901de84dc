// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6518727949116897) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 342ffeef4a1cf4f19b51cc436a06d4e670cf21f1ae8b6be1b0e38a26fd640dc9
