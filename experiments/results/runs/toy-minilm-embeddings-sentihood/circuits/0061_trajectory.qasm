// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.955708918702013) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c1f8461bc50c82c2264a0a89dd57e022d3d1da5f5c647778e100f181a01b6dc
