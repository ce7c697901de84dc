// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0542755171445735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e83c2a769b0d181bd739de5ad08cba69882f5238b8aa43f3045da880464c5d1c
