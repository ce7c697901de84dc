// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8715649413066127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78e19ec6185ae6b697a4386b4a2d64b2e6bd486f189e89941cb186c0a3a50a09
