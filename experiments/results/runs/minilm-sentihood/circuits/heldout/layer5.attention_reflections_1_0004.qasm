// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0753507867723013) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 093dd19d77251b89efc62cad6362888dfa85f926578b677f8b6922acc67a7272
