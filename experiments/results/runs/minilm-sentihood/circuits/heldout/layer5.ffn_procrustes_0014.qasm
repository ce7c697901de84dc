// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8715903655511195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cedb9dbc3a357080385ca7aad8afa792e3e3837f9d1a8ea5319aeac747e390d1
