// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9948748264864011) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 216aa74bfc0b9abf1ac023d2535fe6a9b87ddb71bb85202949ec3cdc2041dc15
