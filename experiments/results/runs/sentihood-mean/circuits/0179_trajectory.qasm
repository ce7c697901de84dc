// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3029808381582306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb4eb50fdc5416d9705134846b08b1f2996ce35c1af8b1c9f4654f1a78e7d26e
