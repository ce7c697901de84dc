// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2524989582017598) q[0];
ry(2.0887475115891756) q[0];
rz(0.12705075693810564) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37d0fe4d6e8440018e43a84403b9d8788b38170666952da1f91646c7e54dd657
