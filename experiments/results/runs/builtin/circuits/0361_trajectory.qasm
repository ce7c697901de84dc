// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9729267526925975) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b233c8e19d1b920373125266c54912b986cf6249d829446452bcb6e5984ea02
