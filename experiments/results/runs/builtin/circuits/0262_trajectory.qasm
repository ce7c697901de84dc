// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.19628436997929) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8504de8d734531d82990da1737b1ce61ef0ae0f585f1763d9e93edddc4fbf83e
