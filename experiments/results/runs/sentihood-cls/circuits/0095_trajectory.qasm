// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.649976391167388) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 457f94f4c7e29088cc79bc654cdd4859a8f1c6458f6754e48b3d87b9e2202105
