// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6276265031519532) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35f4a9d3954e060079f3e50a988096003dec6194fa7a1084f1a416784cd503b9
