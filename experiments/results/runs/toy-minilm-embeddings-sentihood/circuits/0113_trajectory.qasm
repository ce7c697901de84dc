// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0307033329648125) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c536abd76abf9d6da85ecdf4a1cad77d3607b47fa6232d35a1c2e3a62a32fd45
