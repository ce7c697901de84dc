// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3651508372386341) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c99541d81b029d11c53788f955fcb86dcd4c0609852aeeb1af31cf6dc936501c
