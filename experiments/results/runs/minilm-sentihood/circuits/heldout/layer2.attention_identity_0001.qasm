// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6300075752583187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 412cb4c53edf241940414542231a9a796b46d70b363e54f3b0c49736f0d68e44
