// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2861365083853995) q[0];
ry(2.1930878962189757) q[0];
rz(0.1698424826938023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a249cb514e4dccb0aa20f69df93a1fbf0515f4b260bbb25b4af28a4f795f9785
