// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.07531483702104769) q[0];
ry(2.5391661214493886) q[0];
rz(0.062094316760753276) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 942aed48059cfed6cbf00bb11f9040ec10396508f3cdc7052cb5c3a6c39dfea4
