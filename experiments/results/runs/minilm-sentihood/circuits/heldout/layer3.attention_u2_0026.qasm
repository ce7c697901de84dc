// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2064968997863641) q[0];
ry(1.3858096236716888) q[0];
rz(-0.03851186733488099) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d379ca3eea821726f38454b2d70349a8e896b8e746b6eeef3a6d7c14006aed93
