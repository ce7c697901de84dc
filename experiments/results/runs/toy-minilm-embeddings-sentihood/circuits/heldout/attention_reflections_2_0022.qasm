// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.740765779195378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81d0bd660b33580c070b8a5c3d68c52893b3a70ee51e7422861c1ce6d833fc53
