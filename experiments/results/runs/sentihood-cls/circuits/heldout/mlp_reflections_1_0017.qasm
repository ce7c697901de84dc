// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.15747866082936998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c50c7e02ad8daea350e1420e9d34f920db505c7c6253612981ed5c85afc0a0be
