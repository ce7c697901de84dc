// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5447735666307425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05984c4879ec12997879d42e560577e8bff69a54326ed678496e044c42b628a3
