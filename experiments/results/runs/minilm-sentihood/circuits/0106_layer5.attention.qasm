// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.440723234955664) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 945d62d7fb5525bf900c0eb6e3bb1a1e6bb63ac1eee7d2cabf8f0bfed576c5a7
