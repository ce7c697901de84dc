// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9267226818833452) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45be0a26e87aab0518f7b70ce84b700d1a12afb4c801f659f7cfe38cd371b36d
