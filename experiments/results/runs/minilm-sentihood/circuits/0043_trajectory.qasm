// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5936881510403995) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6285a95fb1be8f11cd23431fd4906f1f5d52a6aab5bb425dd6c6f05697bced4
