// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1891626964132964) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 260f7004813c2fb8f668f505530270a3981e086cd314e0ea86014a3d2fb07f2d
