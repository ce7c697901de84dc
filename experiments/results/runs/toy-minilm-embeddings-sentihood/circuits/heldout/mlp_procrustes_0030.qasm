// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0931471499700582) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7403be49e4894c6346f42b710267edea24b040644650e0e3d830e721197ec36b
