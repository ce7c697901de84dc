// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4345967734456133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c544f8de6f13ad127aa23f499c83ba2e415151b78163141e4d9a2c2022a86df0
