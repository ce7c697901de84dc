// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0899150338463635) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea05d0e4a4fd378fd7439793deaa64a86c6d58b35d402344ad22f8174e32e01b
