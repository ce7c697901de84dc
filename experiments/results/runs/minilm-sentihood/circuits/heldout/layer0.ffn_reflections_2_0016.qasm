// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3891285401464446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a70d6eaa506e1e34b6cdffd10e5502a50e2b0184c5b50b1692af183c605b475
