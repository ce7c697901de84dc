// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6459789776374422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9383723e35173126c150c446af1f0ced1e7e1af244e29ba741779ba9f5da299
