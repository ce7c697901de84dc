// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19596576560594203) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41e3ab74d4f2664dec76b8c1995a25cdda50b8795fe5cdc5885d6f3e8073c550
