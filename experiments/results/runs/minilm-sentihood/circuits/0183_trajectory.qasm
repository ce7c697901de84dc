// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.310981977663744) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 84a101cb33243cf3f6b394537bb1e75665eb4da0f2513ad0db55eb04375e18a1
