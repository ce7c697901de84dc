// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.47334519765469) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c944a64b02c530ce794a6c557103db7d0291d2853c7edd00142516250fa658d
