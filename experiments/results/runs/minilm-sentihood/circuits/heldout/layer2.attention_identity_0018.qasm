// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.059344447593342) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1fe8421c98badddaec60792fc2341d89eb49b6155807b5585ebf3faebc373ae6
