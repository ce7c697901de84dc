// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4077819003744412) q[0];
ry(2.919626733890719) q[0];
rz(0.39881599082455477) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d06154e426154c541eb0721b22d632eba5fba13e540ad76151063cb48f1ce0e2
