// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4824060786864324) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c79f3110f3d626ad61f042d2d57996e6e66723398609c6d86d4a65091ca9bf0
