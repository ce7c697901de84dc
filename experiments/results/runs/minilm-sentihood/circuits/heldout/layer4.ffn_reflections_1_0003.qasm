// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.482179840661027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 84bd4ed2ea175a134c991fe59c8f6386b04c9266cea6efd3cc7a58232d689928
