// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.37990036288566076) q[0];
ry(2.239794638704603) q[0];
rz(0.24276033746067993) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 52c48615e2183196bc8cda09b0586dcad798d1fbd4ddc17c8db05376af9be201
