// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4149330698525924) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d042192c35216a82ed6cae877daf8f158b711d0b7f2e0597aea37096066ec59e
