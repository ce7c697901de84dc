// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8075513834073746) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b07508929fb0817f099eb428539bb353c7db2f31e18bca4323b1fd87801f63a
