// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23639503001287832) q[0];
ry(1.5509971740893649) q[0];
rz(-0.004769252190862883) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06367ed77b8d380983e8f85f072f716bc967c7d02df0484a7ad6782aada078ab
