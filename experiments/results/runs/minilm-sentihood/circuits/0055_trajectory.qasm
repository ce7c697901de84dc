// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.205795409991351) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 da1013a8f2dbf90d2129a22caf59cf0736fa4db4829f71456c6463ec4e6712d2
