// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2785459899771502) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c42c080dc58f017e1b01cb9e7bc76e20fc4f6c1b1e451620480f8ee6170e3761
