// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.3013765500667045) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2a5a3f8edd2b6162d84e2e7e7c24f6ad7e493266f18e1c7e3b92e803396ad6d
