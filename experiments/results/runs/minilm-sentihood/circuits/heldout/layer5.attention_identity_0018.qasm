// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2792003782172556) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b205bea09e461b5058224568f8ba0b43f72c23945feb42d666d101b3ec3bc85
