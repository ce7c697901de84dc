// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6565553551349546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7821d93a709969483bfe92ad47754a3ff01898f2acbc39d972e0d454f9fd1083
