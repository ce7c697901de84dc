// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2813115246506557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77a5d2e387131e69f42712c1a00e39b4742c44a1082d68c9698f0e8616534d3a
