// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3651515894242572) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ac601d01e6e6f25c9472035986131dd195937661fe902d6255e3f2c660d22f9
