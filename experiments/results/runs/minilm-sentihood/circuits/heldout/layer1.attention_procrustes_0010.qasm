// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3591828062414864) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 851f697f8a8a1284b856401528a1f31c985fa2602ab27382e43d376ba1511af5
