// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0239120149245737) q[0];
ry(1.5603303627388079) q[0];
rz(-0.01718838163924019) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67b93c5bce596f686b22233bd273351919c0456c302edf9327cbba0755d90851
