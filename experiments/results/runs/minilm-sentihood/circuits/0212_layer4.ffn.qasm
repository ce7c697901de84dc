// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.137388237946817) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 baeaa929d6e1adf22bf82c1fe7375a239a9ba9cb7a4968d23e680ecbcb26ab35
