// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1116208958619174) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94254eadd7ff60b14706e0e89601107ea1e805f1dac59695def1d9f8f44a99dd
