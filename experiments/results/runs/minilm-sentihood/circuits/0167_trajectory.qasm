// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1690357717305933) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a8e17ae11a0fb4e4d95b48083d8d098962f8792bf3bb9fc27aa2a6775b6dd66c
