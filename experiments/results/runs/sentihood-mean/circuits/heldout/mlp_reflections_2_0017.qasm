// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.419627204826416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aaeae0ad3351e845a8b91187d1f0195309e30d9db5106d96110fb79aba1d374a
