// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4821703769269854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9628011b94856a7f66ca7ccefdb195cded9571e4e96defc638d005c735794f52
