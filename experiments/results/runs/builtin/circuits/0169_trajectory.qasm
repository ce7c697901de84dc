// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8413774902409452) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5248f2e5935707d990f53467b078a8199addd27d7f8f1261a74c8c518750840
