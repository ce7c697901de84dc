// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.15747866082936998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12e72460c0a7a91e3dfae1276091b2a2ece35083efa78552693729237a9d46c3
