// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1868507463386124) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 990c0c86b8aca7aa2f4fcd34ee0afee8e58b953a8ce5e3e1d86156204cdda0be
