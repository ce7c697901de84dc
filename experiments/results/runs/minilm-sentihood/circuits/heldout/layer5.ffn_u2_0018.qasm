// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3384445407392431) q[0];
ry(2.3790831580073837) q[0];
rz(0.24923204691431744) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9708b65f1a4b92bb6d9c154481068fb2c60e9f8bee1f4b087d392ae3e962d203
