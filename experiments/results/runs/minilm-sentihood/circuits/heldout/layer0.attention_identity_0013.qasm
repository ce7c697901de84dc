// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6679470622984987) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27222c948c78d0a197e23fe083ae22853f25d0f0b5463d9d3c367a4c60ecdd57
