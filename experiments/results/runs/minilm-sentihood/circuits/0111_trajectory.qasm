// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.048348644285521) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6eba80e20f8871f325efa354ce983278007ab347a4a0c72ca84979a7875b5f04
