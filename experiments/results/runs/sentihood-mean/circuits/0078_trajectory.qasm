// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5356584860226685) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a48f6fbd8e416449f755dc113d094080a42c58897e5234d242235df581367a7
