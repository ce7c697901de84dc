// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3752320695388471) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e53db887ef8f1c8182436215374c9f502a13d9e60f768781bbbd7961ff2d854
