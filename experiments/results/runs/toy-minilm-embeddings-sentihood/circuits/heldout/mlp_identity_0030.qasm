// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.071007866530991) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c74dc4205a62cd2a94898987f5b255898d0c53ef7c99a9cbb2c648635ed474c
