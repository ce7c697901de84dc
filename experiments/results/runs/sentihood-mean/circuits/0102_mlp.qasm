// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6706664697892746) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bdf3e07ea7c7b7c7e4cf7422ad5628a116a88aed5e8ba4d0b4d12002f2eb9cda
