// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.522822214864929) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4edb7d977fbebca97f19e1d7cac1f77e3db822846dc41bb9f7ecfed081164681
