// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.7871753814156817) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92efe8b8bcb1ad70f7ec51b342b22d83a7afbffb70e3eb4a3557d5819483dafe
