// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6389852714382964) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 08bd9fbae2aaf506efa4ab5460bf82609f2a46ca1a8229ef232213775767b2d5
