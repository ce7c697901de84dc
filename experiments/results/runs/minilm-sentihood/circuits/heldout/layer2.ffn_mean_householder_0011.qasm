// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0513493642961864) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9aaa03971806843b66bb149a4733692fc95677862fa364a2c0f794e87761317f
