// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.575884872568647) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cd44d47ca1011543e43d1182befb92cbfda6bf28379faa68981b6e6b29c173a
