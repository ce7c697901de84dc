// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6638905111913305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d6239bb874d600accb3ba2ade160b4beac35b4c5bf8e1e3b200c964b03beca18
