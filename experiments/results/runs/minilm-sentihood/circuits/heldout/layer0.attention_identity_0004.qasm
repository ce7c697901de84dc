// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0071789968072546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 173b588fed6864f24a2cdeed2deeb3dcb93fa937adcb1bc89981f90d44e04f9e
