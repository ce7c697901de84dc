// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2696974220867423) q[0];
ry(1.0733897444692302) q[0];
rz(-0.1311421546690288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb37eaece907098135f2d3d8817205a98d2defb1ccc7b9247bcd63213e8ec861
