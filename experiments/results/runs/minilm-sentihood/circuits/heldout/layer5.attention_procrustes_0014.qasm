// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.140942528416989) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45e118ecdbf42fe21eca0ceb85c1d8be5ac97ebb47f98b0b3165d3598866391f
