// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0498448894273837) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc3e51e948dbe1b508bdaefc46ae322c46a63935ec661c8b85b128d96d35bb94
