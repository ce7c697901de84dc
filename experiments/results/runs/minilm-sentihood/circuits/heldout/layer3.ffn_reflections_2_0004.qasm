// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.17926014553455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 abe3369f8e91eca48a1f22aa8e90f2740b67205b49f76413fc9f8db103643238
