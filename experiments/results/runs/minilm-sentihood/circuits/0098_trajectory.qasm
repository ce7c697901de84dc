// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7137381494871502) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2996030881b1cfe9bac7008df6c4a6c51de88e16e6b03f9d3d2b7347c4a9e341
