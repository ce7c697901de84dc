// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1523364131672003) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17639b44697acdb9cb03cbe57787244810b2efee45c7dd6bc722e1ce68bff6e0
