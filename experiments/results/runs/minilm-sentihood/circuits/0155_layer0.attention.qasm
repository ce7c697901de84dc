// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2908016546319385) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d36d8b6dd5b64c96343f84bb8d4aa88f31fc9bec6b8f22aee8c6d74dd915d32
