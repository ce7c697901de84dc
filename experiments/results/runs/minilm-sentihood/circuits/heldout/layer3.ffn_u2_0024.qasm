// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2425587715819737) q[0];
ry(1.7954175925007025) q[0];
rz(0.05505625122972768) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3aa8a4bcd9d0b97c28ac80ad9d4cb948ec115ecea88ad8cf2942c634d504978
