// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5491920509292445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30cfc5d7200e438dc7cb5fd3da52aff924ed065dff6e8850dce4e08b28fe3a8c
