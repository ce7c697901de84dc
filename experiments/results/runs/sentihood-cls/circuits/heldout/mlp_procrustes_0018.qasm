// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.79026075236054) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59dbdba188bc89686eeca34676678014312952613832dfc358746fac2ffcfc63
