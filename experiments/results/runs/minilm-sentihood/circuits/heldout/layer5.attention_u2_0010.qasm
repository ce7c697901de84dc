// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09638059156238654) q[0];
ry(1.2967399505248054) q[0];
rz(-0.02615941322576809) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 91e8bb8b2478dada6fd48e881db4491e28eebcef78ff8fc78172fd3bf4574ee7
