// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.435451432873105) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ec4f7d643d963a290af4d433b74e6913dbd5fd1579b89e0e6fb912aa65da2b0
