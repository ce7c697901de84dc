// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6936404332217205) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d27831f27c25934f0c42b76e81adb45be79e14eca2d9f6bf28dbc8aff2212688
