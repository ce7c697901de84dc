// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.643380023055955) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f996e1c868270554f62319cb42c1147eb3d12a54c764b11bebc7fbd483ae2c4d
