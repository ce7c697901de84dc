// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.907827090201091) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5d06e7dd852cdc56cdf0f97dda0e9b59e430815277fd432906cf9e4219ed8d8
