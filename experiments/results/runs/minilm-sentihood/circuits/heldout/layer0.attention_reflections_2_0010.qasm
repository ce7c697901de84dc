// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.500568527179372) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a0786f6cf3863fd3c007e426900cbd2973d8bc12035e75b4fdf2a05d070951d
