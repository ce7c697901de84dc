// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4066602602591414) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 059f07b4dde7dbc233b85ac43bd235d65363951b1537989fac5c7db160410f68
