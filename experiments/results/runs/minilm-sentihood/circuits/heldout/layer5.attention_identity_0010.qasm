// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3142760821609907) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06cc9beb2bbcbe56bb50b440b9f96e5223c74cfc970dafb28a0aa35538d9bcbf
