// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.734549174512258) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb5937d9a9845c70b126d7649ff938d7819a497a0f87aebd9b976cee5f6f4901
