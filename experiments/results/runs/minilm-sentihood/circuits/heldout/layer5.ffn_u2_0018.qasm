// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.33844512615802014) q[0];
ry(2.3790831562021593) q[0];
rz(0.24923249332248298) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0747f6c2664ee5c6dc509826180fe2f856ec3f3cde75cd574d9cddef7a562a19
