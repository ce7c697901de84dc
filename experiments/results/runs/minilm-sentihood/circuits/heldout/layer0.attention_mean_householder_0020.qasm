// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.242816464342275) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd4fc2ae12a633bc3a9120435553d11ceaf96e75c8a9e7b77f2c424780cd0e61
