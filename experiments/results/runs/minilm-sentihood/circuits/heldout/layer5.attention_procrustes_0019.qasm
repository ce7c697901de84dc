// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6299527352021612) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9fc9f8cc94de8a3b587ebbcbc653a2a4ecbc384b0d3cc4876bd11325ca83b03
