// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3587554793963923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58058d2fb7c1ed9a16d3dae41376358ffd42646d4a54ce09286837e1ed8cb974
