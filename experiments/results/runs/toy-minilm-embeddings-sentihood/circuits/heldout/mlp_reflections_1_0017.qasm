// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3007045911078398) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a5ff064fbf65fc1330d47de8bf0fec7fed78a6b1dfd10580163fb42759609e23
