// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.886482905282175) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b26ecc08fe364a160a752f1b9f23526b6015a1b4f4b17470ebef93cabe6db5d
