// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25898708786238167) q[0];
ry(1.9878185475635157) q[0];
rz(0.10690100741400244) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d22484213a057745fb10d5e4538b37e19d137bcf718cdb2b2c0013dc2c5ab297
