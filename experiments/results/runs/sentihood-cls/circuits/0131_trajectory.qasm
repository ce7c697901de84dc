// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5101415700008451) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 531768b3087811707e60e10f3b342dead6bf943acbfdd9c9c165f05fc36d1a8a
