// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1664187552493568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ab9a7b0e9c6903b289f5e3b20c7390caf428c52630528704fa69f1751437e1a2
