// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2717155303444851) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f38deccd815b1737a7f772d56249fed15504cfb019b23ce52e0016e325bf2184
