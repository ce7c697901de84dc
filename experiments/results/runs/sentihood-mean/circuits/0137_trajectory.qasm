// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.780104225987082) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4300f98d8927d9e0460b2a5b3624752259db733ad1808891a5f2cdc44d6b7050
