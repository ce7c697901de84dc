// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.788262104836573) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5554bd63b30af99c5708f070511b50cb7a0815b8ce12a3a8a95909c0602271f0
