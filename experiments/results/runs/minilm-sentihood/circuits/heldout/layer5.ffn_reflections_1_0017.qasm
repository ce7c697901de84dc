// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0878671716141126) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a63856cee0a8e983228db06fcd52c872018e8da43b39c1b577f9c397f17536a
