// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6460363088386435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ec95b5b1a9f1d74487f05eff6e111ae240a035c8994fffa4715fe9d9b8c5519
