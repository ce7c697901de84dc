// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.495207351901301) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09364cca5133b72952b5149ea92b4ac97ef8de04e3a67c69d28712f930db49b1
