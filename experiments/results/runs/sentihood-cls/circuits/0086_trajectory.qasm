// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.325799407887483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b437b00a7b8af7235f0f17641750cfc61c7f3f719abc35089fccc7fe4d58cdae
