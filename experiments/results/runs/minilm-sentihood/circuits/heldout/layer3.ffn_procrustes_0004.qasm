// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1792926350163513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ab283f8fcc393445f9160907f8d32ab399f9d3b61d5ceefc3549c98d4d154f03
