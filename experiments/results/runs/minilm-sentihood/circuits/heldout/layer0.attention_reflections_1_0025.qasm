// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2264741214287358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d528cc5ee4edb5f2a348f46d1c803cdc008a4cd0c805d14891154fd49fe5688e
