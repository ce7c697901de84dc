// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7894301048863377) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb6ee9a62b2d3f4466a07a857589e1959a05ac3e0e68b42eda029d7502c8bcba
