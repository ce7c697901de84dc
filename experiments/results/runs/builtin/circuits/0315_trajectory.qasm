// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9725738148483467) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d41bb5e24e08a1668869d7757ca02681754065f0fe9a64d41d2a9d99ec7ea02
