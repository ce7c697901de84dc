// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.28960324403379367) q[0];
ry(2.278161750808259) q[0];
rz(0.19127072800987666) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d258a05b900e1bd776b1eb278c1b16b5e6ea7e16b7c9837f25933af27411496a
