// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8131576842647694) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1982c3c3ede6d3b9317de9bec8bca6bdd76a1d8b8670df5fb1bb25df4c3356e5
