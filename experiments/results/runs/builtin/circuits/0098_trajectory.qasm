// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6950437317875482) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5112027105c13afad5ce23decbdf23bfca9f9c2884f855afb22405e361593afc
