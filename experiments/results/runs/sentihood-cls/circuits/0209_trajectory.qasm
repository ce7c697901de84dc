// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.809465514782873) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4db0a9847a0115e87658d4cbd8864ab1f88fbadbcf95e7a9cdca3edc84595c12
