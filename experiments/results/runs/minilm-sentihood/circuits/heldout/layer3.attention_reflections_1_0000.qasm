// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1770682552943241) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be2a969669e368b752ac0fa98477119948c95de0f87a9031bb4e6516a5577659
