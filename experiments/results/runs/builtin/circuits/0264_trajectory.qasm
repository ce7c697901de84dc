// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0737890311110676) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4127acacb0279666d9d5864526d22b243b79f93fd500ff01d0dfb731e6bc2f8
