// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6434057590605633) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 995e31cab6c506829017ee2a32705c8baf06767a7cd25bc1d82f4f78675407a2
