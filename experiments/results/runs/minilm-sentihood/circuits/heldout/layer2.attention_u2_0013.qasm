// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29730644778603255) q[0];
ry(1.1832320004770829) q[0];
rz(-0.1152809618291335) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6d97be81fa6c73f59c1980722236d13e4bfe43cda95fadfc027c40a0d1aec651
