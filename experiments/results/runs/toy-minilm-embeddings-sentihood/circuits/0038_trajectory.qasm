// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.952993932235048) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb61db13522ad13dc03d598e81c34e88cc337a297cc8ed06c527ef924369b02d
