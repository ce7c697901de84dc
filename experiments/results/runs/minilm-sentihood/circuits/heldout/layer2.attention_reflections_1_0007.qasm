// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4149415053974703) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8de762ba042f376fd2b25759699c3f74f0e7fff70c39ea6a8f4f9418b6707e0
