// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.02324719009966) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 128380b7ddfc929b07307cdcc87effde312e9d143c50db07de2085ccdf8d0f73
