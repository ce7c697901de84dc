// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9509773150644443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7038e50ba05d67699e43c627b1dbd5ff295df4b397eff475fb978e731a965b32
