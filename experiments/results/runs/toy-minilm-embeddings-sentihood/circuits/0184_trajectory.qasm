// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8175898878357732) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24c14e5dd0f71a5641d8aa95cf6c66855cd854a92e0c4fefdc1e2c7c7db3f702
