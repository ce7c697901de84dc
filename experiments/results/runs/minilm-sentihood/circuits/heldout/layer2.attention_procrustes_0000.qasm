// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2278049766650163) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcdd01a9e0e43b2cfb32c9fd36af4737ef0b27ff625626ca8ed41e31329245d6
