// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0329802996483952) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d0c817da882bc21bfba22eecae66ed95404b80cee9ff8d6222eb651e6d8f903
