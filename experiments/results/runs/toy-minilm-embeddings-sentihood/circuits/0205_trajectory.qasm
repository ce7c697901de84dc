// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7794907151548292) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b900dd020dbeb696db6dbfa9fb62730bdfa210a96f8d48de2afebc5e797bfa53
