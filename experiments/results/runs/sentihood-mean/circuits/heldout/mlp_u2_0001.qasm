// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3610248359860626) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e55c20b3f7b1b4076a9cf9eba3253bd89d867fce60146e6588866577a0286e4
