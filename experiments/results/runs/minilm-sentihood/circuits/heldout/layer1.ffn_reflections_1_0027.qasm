// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6184394160412747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd6e90326f7c91d60281ac74b29d931c08ed76e4611219c0e98fa8fb97239567
