// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8661356692804372) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6d240424358e4f9bf7ada156ae938411c5ed68f03b7ba0f05ab3acd0919bf66
