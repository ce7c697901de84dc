// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5308191588102507) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2060b545bdc3fb6cc8cd71a32509e38e63d0e1a58f8c066a3ec2a418144ba231
