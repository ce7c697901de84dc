// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6165960399535229) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d80b203b74e3d3d27c48f7ce296c75465ec40322af92f2df139c4b39b74e6469
