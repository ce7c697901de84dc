// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.33219335817535844) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f684ce070a54c9e6d6bf187865223fb18ae2395eed7e1adf661290558c08e500
