// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6846100843242419) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 988f811ac507f449bd4a3c24b37fa3e48ef06d47e30430f381988ba4a4802ad4
