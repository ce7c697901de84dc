// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.970710417520704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2478eed2f0f813a17b95fc02f092374d891f0e430982b73e38b88b67f9c115d1
