// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9987259661094228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 52aa154169d4f8a87884be68b4996f3e5cf41b58c48baef58329a6a02e086835
