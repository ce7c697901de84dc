// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.358896427888397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9cf2893c7a6f8d7a5593127c2d1720c17210765a918242d61f8d0f2b84fb770f
