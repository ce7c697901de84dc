// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.036967701591936) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 62f285acca0432376072299d849b305408bd3b4ff2ba9e1bc4475d5c64ba8e47
