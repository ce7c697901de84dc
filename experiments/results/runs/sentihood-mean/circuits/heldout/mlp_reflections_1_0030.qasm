// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2343054394037494) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f904874e64d58a780d84e444ab1f243013fba9150172d642db28a380af587356
