// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.597313411264821) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc4742f2d048965ad74505b0c2b507f4dd8c2bfefd8c3aa339e5f0ef5dccadb7
