// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3969195801064405) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 929053bc52f357ac56abe2136742484dee9a4c5c5ff313078425eb44fd12c4d5
