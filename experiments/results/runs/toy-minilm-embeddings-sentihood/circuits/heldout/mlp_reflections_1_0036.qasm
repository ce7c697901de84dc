// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.4637696935713869) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4fbbc534fde52836a7d79cf8178b39d26329c10d7a853917c97e16a7c3ceac94
