// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4646010184214595) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d4d34fc9a34b7f414b139a62eb83fa45b90983b209ac4168e2b944ed9a6af280
