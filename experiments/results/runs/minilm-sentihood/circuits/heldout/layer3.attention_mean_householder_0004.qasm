// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9374149839920201) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcc26bfc7aea00f65314bf9112b3a8c6712d8f0a8263f4a7e2a2e0bfdb546f48
