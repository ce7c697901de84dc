// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4103346375509984) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 090e0c695f2c79fe6a0339919daa2fcb6af0eb5f497aae32f61589c3919fc910
