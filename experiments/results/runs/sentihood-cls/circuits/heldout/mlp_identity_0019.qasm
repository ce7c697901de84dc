// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0516087028240415) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b07c8c8196595b2487d8b9cfcd63c0aedee841c45f3e27c7a2126583a1b0c13a
