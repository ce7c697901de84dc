// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.715177926100684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a16d49a97907863d5343b8787cc2041c48fc2e41f25f60846532c3e41318a14
