// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0904943365760076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 79ecbf6e628c109c937fbe7d8c47326e904a600d59a998906a8634f22997dc82
