// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6738636942258638) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d1b958726538bdcae27a28fc1e243d6d536472a19d43dab5092cb5fed2cce16
