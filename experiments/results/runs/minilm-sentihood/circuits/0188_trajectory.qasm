// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4249183960646743) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2b24fcaf28d473667016b5185f221b47f040b0768a8d83d2e9f88f3ad95178e
