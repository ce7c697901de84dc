// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0918858918142202) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2135dac1228c30a75f19694db78adc6a37b30f1bfab561c4edde8fab56cd9918
