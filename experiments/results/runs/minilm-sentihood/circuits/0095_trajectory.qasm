// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3648170931334747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c451b212f496ccc2a23758d931d773c2340808913659effb7e23f42d5cc86f0
