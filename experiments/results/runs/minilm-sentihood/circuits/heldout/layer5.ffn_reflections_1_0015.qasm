// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8605104822119047) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 949ef59092cc3449c3dbafaba4a3e194d44079119e354b6256dc48490050d3f2
