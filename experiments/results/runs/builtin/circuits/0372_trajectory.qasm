// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6580314235074403) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c8257bb364d00d494a4b1780f2fa9e7b5ce8dd4ec4754f292c4788ac45c5f2a
