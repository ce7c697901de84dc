// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21048070753197035) q[0];
ry(1.870708148100589) q[0];
rz(0.0630348090084012) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 193abc0cc017331275ea138ab8aa8b95b7073cf87d7d751c8d5e4b4f6ad9125e
