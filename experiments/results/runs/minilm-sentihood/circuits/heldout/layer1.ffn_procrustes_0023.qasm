// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.283514276359217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 218558f925f5573c5d566f6094caf7b4aa6d2654b267c03db98e8953ceeba627
