// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.464124818904891) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f47330731e6946d3b4971c3837f2f7310f5451029401759874bfa9a1dc67711
