// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.12002325191806262) q[0];
ry(2.256908311002876) q[0];
rz(0.07625786175254312) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c97a7919cc6f052f2b0cf105c949b1eddd320afebb81dfe4c892b98baea8475
