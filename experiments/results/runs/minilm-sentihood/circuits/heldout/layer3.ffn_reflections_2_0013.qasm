// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.206912060369718) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5083fc861851b934f4f1e7db4c230dffdd76a60f12255d40f507e82bc363b7c0
