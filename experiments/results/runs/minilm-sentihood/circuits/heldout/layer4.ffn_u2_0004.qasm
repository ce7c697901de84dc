// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25262195685386324) q[0];
ry(2.08958308161206) q[0];
rz(0.12729900631927515) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb08666ab12705382c58dde9445bf9c6179fe387d166285e97e9fe681f47cb5c
