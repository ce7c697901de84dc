// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.28477849739088384) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c817bcd6378fde7e04d4889b6f82f22b907a5270733ad26d3feabc7eab6cb775
