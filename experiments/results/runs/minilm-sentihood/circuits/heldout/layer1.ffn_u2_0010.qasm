// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3532742861158984) q[0];
ry(1.1844898164648645) q[0];
rz(-0.13804771094961543) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 488e327ff5b3d6ac073992cfff78b0530d5b9c952806752bbcabb2bf489a4017
