// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0438416141398887) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d0d400ef8065cd3eda6f277e8e73bfc9fa0667f081e2e710e41cc1cadccb389
