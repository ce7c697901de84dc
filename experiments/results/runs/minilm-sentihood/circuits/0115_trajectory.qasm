// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.922864494958632) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17e78451d8ff2ece97c6a1b242c7f39fe69ae53bed9bd23191f51d8bbc62d8e3
