// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9221474706794417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 153cde29aacb046a90dcfc616b3f30338b3eb912eefc7dabace893c62bff51d5
