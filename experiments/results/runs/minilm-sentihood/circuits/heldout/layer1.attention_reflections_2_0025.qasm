// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8444594169648327) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2a1ff54fec61d3c2c1ef9d3d2633578a0387dfb4112c7c482ab38d521d43b3f7
