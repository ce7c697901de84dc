// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6697121910371946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 62e2e6c313614e7231d526d3bc8f2fce7d04b27da0bbb14d243cb0690d238052
