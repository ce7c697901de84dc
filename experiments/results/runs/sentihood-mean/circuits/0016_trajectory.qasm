// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6474097040835862) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac276f06647e82c6738201f1268754d7141093afc31f36aa48711ee818f3da89
