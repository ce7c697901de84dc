// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5197434396216585) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32edce589a717fa99ddcae8c41c18f32e69f1987d5c24ba83e744c03ab5e5004
