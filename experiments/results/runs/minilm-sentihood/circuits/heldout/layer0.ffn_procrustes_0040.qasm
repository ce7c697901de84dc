// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.316873652214906) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 13a5d0a5f42d25d62813b5858ced111c7e8b862c1ae32e2a79325ab1cfcbd323
