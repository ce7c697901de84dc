// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.874804714364341) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5075d08f39a4dc5472342681a1b97492373a92d00808955441c1d7142d46dff1
