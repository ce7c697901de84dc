// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9769262394289684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d5f80fa1013f129c40c277c792da3fb58378e2aa4d51f77d487b30decd7de4d
