// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5447737525893412) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3c1f5e91d2abb5f9a6e21647bf563c84d34e130a85f583a3ee6f45496a74f530
