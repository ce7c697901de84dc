// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7878679955020766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 453cf0fd2f76eca4eb91b509c3dc74a9a0b6b7501272bc077827a3175f03ec18
