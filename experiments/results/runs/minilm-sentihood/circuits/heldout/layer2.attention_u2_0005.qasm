// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3531162772451255) q[0];
ry(2.2400753075895947) q[0];
rz(0.22479985281442483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de984a688b9013ffb510a9ced536ada22b6355a0a9e506f0043e2b8c5df8cc4d
