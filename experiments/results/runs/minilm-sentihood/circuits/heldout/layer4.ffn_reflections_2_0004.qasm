// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.102322005967759) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1611f06e2c30165055e14121480252c158af39e29e964889ff37f81384f4b31
