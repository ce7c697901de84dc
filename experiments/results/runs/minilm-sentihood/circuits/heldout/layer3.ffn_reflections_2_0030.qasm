// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9981958705624425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 057c9850f0c908f6439941f9182d38182ce0679c4b04954990e93349c0620e4f
