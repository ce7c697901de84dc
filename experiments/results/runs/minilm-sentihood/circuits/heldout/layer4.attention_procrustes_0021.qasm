// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.49036312663439) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9ca75a7c912edbafc5f98b8ca12201ba26a1aca1c272c7b0c7ed5451ee19998
