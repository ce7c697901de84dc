// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.008606101912226) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39daa79c732983e78c62d7bc6cacc2248c4a4bda1a5a07da92b6f5cdcbc8c617
