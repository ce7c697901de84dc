// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4922656431204109) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9533f4c4b47b951ac6eeaa869338e0717e105f9d45d0e919b5d861520f9feb19
