// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3946299955744648) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b3fcca4839630a5271c5d92e766d9ae531e28ec83e9a52c0def9886d478875b8
