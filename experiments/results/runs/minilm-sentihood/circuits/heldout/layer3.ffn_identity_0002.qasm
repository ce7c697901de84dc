// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1532237652288675) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19922ab7293d95f0b17de5d5c491e9b565069967c016a5edfa3646c657513bc3
