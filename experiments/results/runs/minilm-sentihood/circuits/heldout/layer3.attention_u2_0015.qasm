// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.210828902036289) q[0];
ry(1.8435513276398177) q[0];
rz(0.057587244088305845) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30dbfff21f416dceb2770e60785fb7acabc5c9d22af317b75e27411fdf1590b6
