// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6584512998482044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8400c631eea430832e5655e4f13d4de2c9138fd63ff5eee02791be71ab6e37f
