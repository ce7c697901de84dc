// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0931657516681605) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 70c5f50ad03fbc42dccc2ccf570c7569607d3b246008fbdbf49e4d9860564420
