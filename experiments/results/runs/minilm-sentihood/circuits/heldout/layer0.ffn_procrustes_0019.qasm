// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8678479279327904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71e477a8b923f28c66cea1b483e3713eb6bcfe58dfc598f3f2ea6bc6dd68fa2f
