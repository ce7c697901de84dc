// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2906510756150835) q[0];
ry(1.241936392581013) q[0];
rz(-0.09630685286562235) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a52308f111417fb26f9e42eee4f59f1481791d0bc7fcaeebb0e5f477789a6e6c
