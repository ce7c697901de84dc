// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6308333076121417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ab8935d0fb90fc85fcaac2ea759e0cbbd669361cb1da447e4e299cef2a48b323
