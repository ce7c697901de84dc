// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4606598022890076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71f21cd6d3dd4f62968cbb0d226b563fac55ff5900e1882ab5d3d3042a84df3c
