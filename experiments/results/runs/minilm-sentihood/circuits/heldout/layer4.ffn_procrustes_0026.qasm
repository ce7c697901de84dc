// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1013954012589595) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2424ce00192cd6fdf519ab339a3586705f925cb450b6ac7dce85f73981afef8d
