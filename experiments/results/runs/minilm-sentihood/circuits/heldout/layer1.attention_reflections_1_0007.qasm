// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.028275721111401) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2242522897db1d720c7d4ea95fa37fc0712826e557f2907bb8dc9c742609e478
