// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6525343068509444) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1519161fd1900e71651c924f7188f2bbd4b2df7aba6f61194785f828357a1e39
