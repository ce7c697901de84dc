// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.0963814377336254) q[0];
ry(1.2967400489630578) q[0];
rz(-0.02615963505915042) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 377acc2f763a9c51d7e3b536da29aa4b4e2b46d1e6c14431730eb4a7295364c6
