// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.816886223840573) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09022dcd929aaa07aab3e3a2494d0ba2f9550cde7574142e1fb5808c6ac68004
