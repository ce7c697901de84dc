// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.47028973674560026) q[0];
ry(0.6961221067297646) q[0];
rz(-0.3719077698818687) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfabd838837f30dd7fda69d9d6aa928c26bbcd4085da82f52ae15467b40a4d1c
