// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7337127409631445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2575eac8021e68cb4bc41d8d264cc6066c3606b2bad95987b61ff17d7a9a1fc0
