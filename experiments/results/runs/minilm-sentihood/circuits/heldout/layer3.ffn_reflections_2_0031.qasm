// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.844010705603221) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7db93b37d4ebe46c1942fc0cd26629effd60d24db7b8e557ded7fc312ccf8020
