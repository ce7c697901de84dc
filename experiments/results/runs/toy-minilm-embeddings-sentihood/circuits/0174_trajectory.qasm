// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.827289933396743) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 edd4467de9f2d8e96a1956c4990f3b9484c36bc01160a4028bd41946d591ad76
