// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.694474106648648) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2cf3f2fc46e1cbe4fa9de4068ec052317fdf37643c2a1c2692f71c2c43fe91d
