// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7323371574289737) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e57621d2b3ef71c21095039541baffbb1a01199808ee992744d853ca52093290
