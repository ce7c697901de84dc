// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1152970677564933) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4cb76d39ea03b497e7d46e7dcba6072698a2356196458293c2da20bfd9fe3cd5
