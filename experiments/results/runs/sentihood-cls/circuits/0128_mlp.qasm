// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.30686615474876494) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 941c8c4ea3a198aa9e229e8940dc7dda3bd62f05f73c23d084cc12b6b6d50178
