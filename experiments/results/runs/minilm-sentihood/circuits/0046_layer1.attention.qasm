// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.396420301873855) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d3d0ebbb31eb6df4b7f9250a2648ec4d80bfeee394c35b3ce3d3994adfb3cbf
