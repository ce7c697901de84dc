// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3892338319354959) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92edfc7b83c388f601f31f77cee107ef599d3f24383852dbd60cbad21c1b1a99
