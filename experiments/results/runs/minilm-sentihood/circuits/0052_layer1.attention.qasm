// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.49165649906227604) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 47e2a63e688b64643d8e20b98a5a95a677b0f5e9d3c0a2ad6f2b5c2fd6dab4e7
