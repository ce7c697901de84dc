// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5007094751981838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2004578cda168693eae06fafc114aaddee53a7afb1334003aa370d29f9b8f8ac
