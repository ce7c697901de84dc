// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.329419961793241) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 579d52580bc17c9112581bf72e30f734b90cd9870909fb0aeab725081119c2f2
