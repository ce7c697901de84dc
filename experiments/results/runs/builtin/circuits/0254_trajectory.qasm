// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8624679425726969) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87beced8deb0ecf9c7ebe15b6a25f342b6970c6e60a82f972efd7fe6ff859ff8
