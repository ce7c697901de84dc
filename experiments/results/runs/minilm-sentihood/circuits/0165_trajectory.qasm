// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9805644768615048) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96e9fc9848af98e77c701bdb48b4083de294a416a6ae545efef99170eb741e87
