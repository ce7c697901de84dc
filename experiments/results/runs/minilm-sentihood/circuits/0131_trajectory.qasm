// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6402314495376298) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81266bcc9fabd3000c83f5cbc21c3730bad3376a64281f5ca4df3584e90d376b
