// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.111620895861919) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7279928684cc6357291c21627a6e503dbec4080592bcaae10fcb05e84cfde34e
