// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2715389778453967) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14a2c748d6c063d2cb98d1c1d1615b0e5d2c6429e39aae11e24f1f36dca51e4d
