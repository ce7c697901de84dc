// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.727916065690324) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac547691de49de5a88813a8b642d9bb691e46334f8086b41bb822e4315e34b9a
