// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7873212252469686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65d4ade29ca0da89f1aa5c2247d188853e7929b401ac66d12ff0d1d16de7d7a0
