// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4566031548047915) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a9a50ba5392f36909b856037f5f41d458160ad83fb202391155bdd3e7b03ef1
