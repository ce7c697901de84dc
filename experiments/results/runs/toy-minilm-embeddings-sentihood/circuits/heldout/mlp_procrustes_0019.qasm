// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.892586529515309) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 436b44f0de8a589fc9ebf18b732b7473f1c10b682e52ef234e0a836a0e1720a2
