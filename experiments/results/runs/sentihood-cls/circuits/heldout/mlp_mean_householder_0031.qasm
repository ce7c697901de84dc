// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3211167344687942) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 533442a9e2a12867aa63e10693df19ab6a45ce61a356394a4a7048560e43f8ee
