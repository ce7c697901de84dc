// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0603565545026084) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f219c096d62dae44018032803c3e6fcc15bc893c44facd57a9aa75427d5331d2
