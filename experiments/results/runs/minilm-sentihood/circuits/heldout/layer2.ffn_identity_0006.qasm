// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5148083578389802) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1582b9137e3a7f1386e2e900a4d22492e7b0b25cf70eccbee52fcfddd51638b3
