// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9401112994817704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 453cdfca6b700945f48b34c0923165267797485b8d703488c1dd3fabeb0e208b
