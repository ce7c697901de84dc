// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3275115096984966) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27d019c238e5c05e57f6ac13ea4f91d73116f6dae63458266803b75b9aca491c
