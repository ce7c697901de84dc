// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5323005744459859) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1dd7233e2f95810b8287ddd1162b0c699d860f3069084d49d3f54be658c5a037
