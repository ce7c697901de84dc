// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9619150927989799) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df9c1d6b6f9ac6349c0b719840664ea1f49fecd913cd1ad2abe7e1eef23cb174
