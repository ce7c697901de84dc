// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.19961438130370257) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fb5527156ef74da52df95359bc5c393df445c586740e96b7305fc33cd4ea2cf
