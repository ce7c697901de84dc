// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6872812904906902) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0210f09c3543fcaca2f0eacfc97372d8628580a58db05974b2ae9bd288b94045
