// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.5050046114132916) q[0];
ry(0.425268331128894) q[0];
rz(-0.4665058759165328) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 690b2def17e01ba925867356ad23e08166564fbe8e32417e694ec98e9896265e
