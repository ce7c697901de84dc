// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.730813342816154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cca5707c18a7a325e4a129c5d0cac6a372e43dca6e4efc3a21e10a1d95f2001
