// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.023247189338422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fce6ced38c2f59c698585e38cf325a55b1779e4678c318e3faf0b26e32ad5ffa
