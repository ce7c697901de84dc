// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2088154012211914) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 651448eca3574b5ff5c119ae65e68b887b21b47e9f420f8dbf497fd697a57a38
