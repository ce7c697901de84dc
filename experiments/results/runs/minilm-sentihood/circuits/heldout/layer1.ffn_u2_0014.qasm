// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3656454929950108) q[0];
ry(2.0302258648955287) q[0];
rz(0.16817158707651414) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1c76c6d48eb967290797ed511ac5e3818f4f47171f44cd9ea13f2a1a85f3401
