// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9096980408268367) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f627d57d897cb55b26638815587342964c612a1c3a302c29132f0035dc8a24df
