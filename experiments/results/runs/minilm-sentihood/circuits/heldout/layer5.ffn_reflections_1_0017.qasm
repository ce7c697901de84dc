// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0878671716141624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1def98f3dcb2b857fcc7ad14de1aa875478b8cc635042368894d8eeabb198910
