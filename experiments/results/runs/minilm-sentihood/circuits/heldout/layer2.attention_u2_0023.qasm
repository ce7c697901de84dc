// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34844477052991785) q[0];
ry(2.223662304248834) q[0];
rz(0.21719136554499308) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32ee9ed96b09df0b4d12c8d76a1d4f245a2d0ad1bc9970af48d074294ec9735a
