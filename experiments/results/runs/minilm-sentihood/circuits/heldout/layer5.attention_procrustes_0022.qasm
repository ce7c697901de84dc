// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8150600877919301) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43857edb3cadb100669116503a7c2746e7b8195f7b8d21b3bccdabb2bf8f0700
