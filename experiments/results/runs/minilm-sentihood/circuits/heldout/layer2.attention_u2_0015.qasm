// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2755518811781328) q[0];
ry(1.6502955664251922) q[0];
rz(0.022450532179228766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9213b0363a4428f981d300a0c2d8edc9147cc60785d0047b57d3ba5329a1d196
