// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3142751047120456) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8ef1f0294eea54af38f4ad93181704b9af18fb53d4b23e8865073c472de3dbb
