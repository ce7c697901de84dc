// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.30686615474876505) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58d40eccef0bd1b15841f4ca039755c0a8fd91f033bb33577b563bf4308cfe8a
