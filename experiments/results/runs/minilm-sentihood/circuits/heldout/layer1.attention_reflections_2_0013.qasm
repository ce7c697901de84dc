// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2907262478348043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1be9154c2a9df681dbacf5adf907ec7afddca4834e6fb28dfca7f237fe8f684
