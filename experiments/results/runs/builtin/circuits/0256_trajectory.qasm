// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2844083007700604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46b684aef7bf81db75a0e839ac21837cc322748385bce790521f46cc10eb80bb
