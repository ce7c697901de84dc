// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.131378956236468) q[0];
ry(2.4121654354998796) q[0];
rz(0.09820098835110969) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 633eb4f85d1a6cd800c62feb5fe3be9cd7d9199a870e1e3fe2c6df510264e833
