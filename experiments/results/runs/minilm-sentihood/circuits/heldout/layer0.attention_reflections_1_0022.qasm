// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7738534089193981) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6eeefd2a0e475cac34fa14493725014ecc086c78c22a37dde6e6ba842db6a010
