// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3537179304239855) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4810b99b62319ca719b4df3ea4b55e00b49870bb1dd46cf3f44ac306f3d6707
