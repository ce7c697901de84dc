// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.887309124390434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b291dccaff3a88c6ffd37efae02180b050e74caea4ddb8ff656cfb9bf5948afd
