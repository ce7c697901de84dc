// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0877862937640526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ed1631c84e56b74cf6ae6177dc78bbeffb4266adf6bac7055205608f7243ac1
