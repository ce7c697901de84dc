// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.463996209572635) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3fedd562d2122f02bc19c857ff8dac879d2c4467143707065df6d52832df7766
