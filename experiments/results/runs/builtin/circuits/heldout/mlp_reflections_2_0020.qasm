// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.32696312794299487) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 418299b14cbfb78aa55d9d39456db41fe0c110d1a45e748b2fb771bda16f1cbe
