// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.160215049076891) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d347e6f9f7f90a79da95e87c23da28eb4dfb3e2017d2bf4240818cf210c594eb
