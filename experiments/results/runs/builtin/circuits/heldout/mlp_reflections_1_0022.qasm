// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8873089384318351) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aba4e6c432773f3788191d7a8d83d35442e36d6bad2c0d5c32e14d0e020dffed
