// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8682422274026325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3c9acf6690713ae61e8eada490e725360f6ad5f3c5d2428280eb6a78fda8c492
