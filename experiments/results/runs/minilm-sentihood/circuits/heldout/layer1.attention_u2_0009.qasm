// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.33233704712406453) q[0];
ry(2.0406840496542293) q[0];
rz(0.1550199821693008) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d75524268801795d02eef3d11ff6422f40c63ff3bdeed8c61f095cc0d7c9cca
