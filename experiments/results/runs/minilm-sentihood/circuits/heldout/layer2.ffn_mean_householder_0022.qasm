// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.05426266904664995) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6087d24afd4c28725992b1bea188dfe36d35739976a4c48e8dc260c5ab7cbeb
