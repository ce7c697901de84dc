// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7304443680109196) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3dbda5e32340e94dff97bafb4cc8e70690064abed2049f642b9f0bbef05bcb0
