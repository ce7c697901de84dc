// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7651407993030137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bf3694aeaf36810f1a2a917f4c32122bafc1e6c51a15b59295e3469129e2e26f
