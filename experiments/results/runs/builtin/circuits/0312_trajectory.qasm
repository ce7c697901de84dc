// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8475754009090546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 abe78c6423a86197f6fd442037ab460ac7b29ca3b08e4ee2f923a13ee1615bdd
