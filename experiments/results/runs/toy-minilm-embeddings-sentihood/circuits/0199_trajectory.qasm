// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4612034431657256) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4383c98d220d85361701de7abd338e35756051d766f46e56f9d1427d852374ce
