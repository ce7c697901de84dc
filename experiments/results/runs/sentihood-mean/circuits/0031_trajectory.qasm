// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0927470001552435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3e53fc91e152439f981076ba2bc5bf5485c58fa344518515735e3e8cd0c0a07
