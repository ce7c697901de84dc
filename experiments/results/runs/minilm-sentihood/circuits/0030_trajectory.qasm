// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1217631664531145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d59b50d8d76330446ce8912763f86518a2bf7f0f66ae0f0d1a20b0fb90a3d024
