// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5532510112321674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eacdd022b283eb76093cd258286169b703eac78a365346cb652c843910506c47
