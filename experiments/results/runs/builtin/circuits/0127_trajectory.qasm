// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.629093961748247) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d52367c6ef381bf89220d37955024956b1fc7fe25c0c73c522625cd944d26a37
