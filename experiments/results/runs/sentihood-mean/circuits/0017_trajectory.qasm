// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.23246982592847135) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4c06012fbb926a8afa1b37972f2e7292b83c99ca47313cdfc44bedc843b72e0
