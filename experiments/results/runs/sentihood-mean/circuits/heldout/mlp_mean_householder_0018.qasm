// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.692078675330365) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a41a6dde47f87bd66a5bd17f0127571567754580cdef47125876998009c28dac
