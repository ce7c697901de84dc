// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24278044162525392) q[0];
ry(2.632655077780072) q[0];
rz(0.21299659202943033) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e7ed2c5106f37518bb4b6624626288d63116f33a282517b2cf7878af8f97c54
