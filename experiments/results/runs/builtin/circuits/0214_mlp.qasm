// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.24029835112954354) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4aed38b18a18ebaa4478530fe1c99cfeeaecc31aa9e50fa13a4148f6587d8e1b
