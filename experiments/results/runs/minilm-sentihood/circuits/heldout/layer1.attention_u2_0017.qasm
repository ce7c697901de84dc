// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3682334688910762) q[0];
ry(0.940935641958645) q[0];
rz(-0.2234717465374434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71dd9264ebe9c7a5a4d2a39eca7d09503b45e551c1367249a862dc94175b528c
