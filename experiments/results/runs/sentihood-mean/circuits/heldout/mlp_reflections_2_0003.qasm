// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6828747387712721) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1ce2a3f47bc0d8ecb6ad61f5e28bfe0e42ed290de9b4d9d0ff45f5def9cab1d
