// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2529301227889524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f5719672e206be0a73cbab0fa68b95e5c7bb92791735b36178e82fd17924741
