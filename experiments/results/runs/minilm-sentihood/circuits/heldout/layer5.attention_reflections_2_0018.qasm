// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2604327222074176) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 add85e217145c071fd7802a3a832ea2ef4c71ca3c7458de348f19656c1758bbc
