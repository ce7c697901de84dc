// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.90782709020109) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0cedbc204b6014af4c539d3fb0019516dd9fb4f45c2c2c8d4cc83342faee70c
