// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9847400290244175) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e25f9a463cdfa5076ed4bc9deff842df356b533470b8dedb99f87ab5fc50ca5c
