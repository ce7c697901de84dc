// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.163166015967529) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1fa0367d00fdbfa0d82feff7d23ad7ffaacbbfff31584aa14d32e26dd5bfb31
