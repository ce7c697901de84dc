// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0933134335381076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e6e3488369778b19eebd499c7bc8859756b4d50516c2d7e94e0931ee9160a68
