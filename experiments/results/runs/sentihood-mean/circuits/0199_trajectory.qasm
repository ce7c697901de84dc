// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2016954340731471) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7ecb2a2d0574f16128f79c397c2a18249e9d26dac11d6d2ceb946cbbc0064fc
