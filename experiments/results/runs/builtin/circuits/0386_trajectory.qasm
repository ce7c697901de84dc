// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8635399239145767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 083c82161fa5ff9332cb33bfadfb434d869376eb126fdd5bfe16eabf428a9434
