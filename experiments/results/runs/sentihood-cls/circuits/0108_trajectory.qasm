// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.661269389097117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38900118e6edd527b7f49d5d6b91570202d497df480db10c2826cb290ab63f16
