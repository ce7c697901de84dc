// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4637689413857637) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7688138e7fba7a7771e8b18907814313f58130257ac5aa960c64e29f0aa4cd1
