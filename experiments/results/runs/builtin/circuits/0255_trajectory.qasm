// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5470011499782523) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f34b3a1ea70b462229f02697b387c4db22b1b87d4d4171a0c1978835f346e9a3
