// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3275115089963356) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 91cde42ed651ef18fdd176e0fda614a63de6ef924247053c9e5cd7cacca4c81a
