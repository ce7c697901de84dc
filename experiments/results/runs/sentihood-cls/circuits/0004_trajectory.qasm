// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2086122896120721) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cae2b7de1240fbcc20e19645276c2a6b9bb8427f90129ebc6d74c3e5d990beb5
