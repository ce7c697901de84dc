// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9898878315897592) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 247d0d3a8b97af5c133ef3648181b8f707f8697d81742fa0acc68b696c754a73
