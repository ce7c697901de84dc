// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.060976491128559) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19369419cf24447ab3e00a97d56574efa55149fb667b4296219836f511312c89
