// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5498606134419983) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53d67ff64ebbace3f9c2c6009be8bdb200e7f15c159bf50b2b74b1898cc8dd6e
