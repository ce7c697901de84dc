// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8715649662669234) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15dc8782e7a95c9bd4499e62fbc9acb56cff64aca912b539968aa0807e1eb02e
