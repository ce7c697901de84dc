// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0232471893974988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f7fa7649a76556a2854e8dc42ceb974809d8df94e436d1904f2846ec2dc9aaf2
