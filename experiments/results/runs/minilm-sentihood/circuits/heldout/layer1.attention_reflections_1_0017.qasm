// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.908136761210825) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 028201b7bada1de60217e3a175985819d0c1b08290759e0d6dfc2fd85c0c3103
