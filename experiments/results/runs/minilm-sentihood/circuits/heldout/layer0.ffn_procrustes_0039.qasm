// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6459640373810975) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54b004c9bd7e3c32c7470466b0b006b6b43dd340a87c3810fbd36a804ec15ad8
