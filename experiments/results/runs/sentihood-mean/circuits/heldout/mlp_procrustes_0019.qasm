// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0431929095253745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 659cc85cbcabc1e28d2c9fd217be80334f06c7b15fa0e4d91bb270ef6d3ad2aa
