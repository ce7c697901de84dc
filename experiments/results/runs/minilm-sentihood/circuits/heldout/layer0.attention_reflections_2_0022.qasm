// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7738534085888136) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82af59e1744a2d0d5cb9db034d09018db27140fb6145ced87222ee5dd1230dd2
