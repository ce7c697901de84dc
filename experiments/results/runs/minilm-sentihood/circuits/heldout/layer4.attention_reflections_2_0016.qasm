// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6554037606036334) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d64fc80d9bdaa6f7e6ca35e0bb2c7c9028670da3593735bf97442e2d1bc3893a
