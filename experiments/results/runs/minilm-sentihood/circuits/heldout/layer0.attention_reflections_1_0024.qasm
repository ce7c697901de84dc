// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.73454901482349) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e190d32d359db30cc39e6320e374aab02e92fe324346747702de9dd185e5b6f
