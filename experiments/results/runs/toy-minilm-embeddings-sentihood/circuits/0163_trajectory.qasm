// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5996462251877649) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0d0e9dcd42b732f7dedef640cee067fefc14a2b33be04016d56a7e3bc36a91fa
