// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.939845987757546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a981df66824a5aa03da98383d63b4d43411bfeab62a435244ab271ed251830eb
