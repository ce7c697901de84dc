// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.38531158928333) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ae71e52db2135f343265efef46ebd42956bd80febc607e01e0cbe9ccb850039
