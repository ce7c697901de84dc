// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2311028995274636) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cafb22f5bb377b73084a4730b2341ce09e2e60e4dca3d47823bc88c36346005c
