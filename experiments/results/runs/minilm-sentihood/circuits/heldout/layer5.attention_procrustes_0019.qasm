// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6299527352021623) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 00e837471d31326f9b845a28c9754d9b93b716d508c5df37508cc5c7f7ee488c
