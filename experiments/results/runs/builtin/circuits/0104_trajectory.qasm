// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4395233939401946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae18fd43b55efa492dedd7a48d5bd34eb8264e4c6e078d66fd40fe4bdcbdd8ac
