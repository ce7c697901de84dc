// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2629786272195447) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 613138bb568c5e315fa47d910f5f798811b637a734469b9e8a776cbf4136d6cd
