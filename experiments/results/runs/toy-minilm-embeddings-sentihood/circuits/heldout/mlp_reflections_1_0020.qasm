// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.933467592168714) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 826a72294d77dc2dd9ea4f227e7ba12c0944c6862b53f8ce7c5223110b9b86c8
