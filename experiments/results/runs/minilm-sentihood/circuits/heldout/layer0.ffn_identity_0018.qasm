// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9983668857248325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad6e6c10fe8a3b8b44765c16a97e5d4aecaf47facc57c2a66214af5f57477cf2
