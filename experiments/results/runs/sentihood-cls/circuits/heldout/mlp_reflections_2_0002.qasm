// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2042382905590208) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35f8d26022ac41bcabed8231542ee099b580ff2342119ba539be625a051ca599
