// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2529302477664412) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97fde976c31fd774a24f8beeeb2d7915910cebb3e42a3abdb4042b55b0d3c19d
