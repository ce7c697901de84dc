// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.46045468551427576) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7af7f57d6c2eb52f353fdf28e50e6aab7ca53e3e3af3081f1f7ec384c0898f97
