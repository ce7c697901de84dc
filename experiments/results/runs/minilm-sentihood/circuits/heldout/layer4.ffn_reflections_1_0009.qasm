// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.400309895682372) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7b59cf588c53fad2c54562683216cb910f8a7f37b35b0b42b1f60e4f31affc24
