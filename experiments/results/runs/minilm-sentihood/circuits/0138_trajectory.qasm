// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.244456974720194) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0410fa051ecdb3c17a1d0bbdd9f2c36c1390fc1d9d8f48edc8f0ce1cb5cd57bf
