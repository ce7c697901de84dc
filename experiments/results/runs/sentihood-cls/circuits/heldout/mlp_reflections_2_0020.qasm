// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4422504511796137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea0797429858d6b4828846978336af83fd34df936e6d91658d8700222ea72b5a
