// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5038935068953414) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d32d9c3e6287ec089dd6388195fdcc4bed1a50de903934d440fef6fd442f7393
