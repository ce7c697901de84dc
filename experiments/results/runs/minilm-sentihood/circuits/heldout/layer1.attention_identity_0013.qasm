// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2946511399722123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 523b79f30a0b7e211d9940d249455d9ba3788ef44822fb314ff1591325bb7339
