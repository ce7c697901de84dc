// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9675468954708597) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c05869aa42870cd7c3a5a5f76207c7612814a3033366eb89b215c6ca2b2c77b7
