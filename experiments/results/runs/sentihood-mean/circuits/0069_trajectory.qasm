// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4591650978158763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b5f351eff43560943c3f83d12349627565655861f986a36af80e694b8a95acb
