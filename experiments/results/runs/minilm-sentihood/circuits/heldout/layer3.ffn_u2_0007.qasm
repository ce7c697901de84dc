// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2415719621853638) q[0];
ry(1.364435845930166) q[0];
rz(-0.05044089089481352) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5abbff76c58d4d3196340e2680cbe0fa516831236a3c28797c6b08297c61a50e
