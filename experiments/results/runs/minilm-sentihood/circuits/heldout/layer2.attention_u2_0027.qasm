// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3073689332893914) q[0];
ry(1.1116634094883322) q[0];
rz(-0.13975817905630183) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c4aac3c66dbf232ebdc9bc2cdc42438bb2725516fe300a274bc1d7052cf1532
