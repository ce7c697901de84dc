// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.60323226866788) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a8f7077ab36ab43630d1e6d7b0dd51fdc3817962c54d6fa0492d0ff4872744d7
