// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9619179573920369) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe85cf69af896caea1f895b0ccb2e20d897c5e096814dbc72aa2c7de335e2e0e
