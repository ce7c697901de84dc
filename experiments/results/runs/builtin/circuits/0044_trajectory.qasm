// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3706759989882393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b334f785d1e48bb9afb1537fa62f8a84ed7c71bace8f33e8e245d832bd3221df
