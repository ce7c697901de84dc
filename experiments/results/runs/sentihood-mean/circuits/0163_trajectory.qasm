// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8679807222490457) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 303d7f019092940de0a48a61c28bdf39e9c1b9dc07d7ff9a4080f59d07da5dfb
