// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.423107437429289) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 89eb69be326b55fb0ba356beb87308855cecc0e79732e8b4b7749a318df7cc1b
