// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.26126405258699886) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a6cce5248e611c8f693a8f9c3a91708620ebe32732b3e403b2122d743657b29
