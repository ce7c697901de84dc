// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.8042264803599553) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d69c22c88e2706bc6aa0bdb508ec7a9cdd1eb4e7ffb866d8b8e469af18ffdcf
