// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8704895548365073) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 677e4899e45b6bcf43bf4a56dd710a405233f7d590e3f8770dddfe44d5603d25
