// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5712660769605193) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad89f8993feccab590e0d412bb11ce509cae855dda497f5b7a64715c88677710
