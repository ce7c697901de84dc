// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1195637241283287) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1de752c8dae4b154493e502092d5d02c6924bda2e1f2389d09bc494b0fa51600
