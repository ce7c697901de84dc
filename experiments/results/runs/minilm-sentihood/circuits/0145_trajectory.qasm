// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.907022645978223) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4dad2822837cd2e790725e46061faa93c049660621c9a008b81871b821cbccf
