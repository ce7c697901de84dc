// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.250334485428433) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea64469bef9035b41c25e1049194844990530ebd5a1df93543f4a7e38afb51d5
