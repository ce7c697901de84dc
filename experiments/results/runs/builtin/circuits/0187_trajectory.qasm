// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2688774474445968) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b298be8131005368fbc4a506760b043816acb0a1908646d9c430608da0997c90
