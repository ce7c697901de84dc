// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0269588327681016) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a0cf9121b16b88176f612da91fbfc4b4f56ffaf2b552583bf017c9acbaaeebf
