// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.71461206524023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43f9c9c1427ca91dd4295d7181ba2d1e9ee489831706071f6c63831e5c68c7b4
