// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.23492064820874903) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca31cc99c8e6774b16245a77ef9fe1031cde8c5716554931818513d76b684516
