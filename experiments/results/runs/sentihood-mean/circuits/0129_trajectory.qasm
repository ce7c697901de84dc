// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6729283235843782) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1b3017ac2756eddd50ccb808377e664ff6b066414c49d925c103697eaadf8caf
