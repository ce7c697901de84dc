// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4569787982531432) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4dd3f8bd01535b7c639eeb7db4a579ba7e2e9eb76bb3c8eedcc27a6cff8ae36
