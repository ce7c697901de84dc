// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5481332117052218) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 90cd1a7edecdec3d4b8ce3dec83d3826d129719e26c6b6676386ea453caca950
