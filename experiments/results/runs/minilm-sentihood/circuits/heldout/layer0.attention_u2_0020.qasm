// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.35324374567335237) q[0];
ry(2.1429971222423223) q[0];
rz(0.19705878711400437) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f253532383f7e38b91e8cabe61e1dba742c3e885a183b26cfebd95e8968589e
