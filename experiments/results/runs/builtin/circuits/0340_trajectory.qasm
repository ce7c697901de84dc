// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2239065785954015) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 506eff49b856ac807258a189c1d66efe2a44b3918736dce0f9ed52f28530e42d
