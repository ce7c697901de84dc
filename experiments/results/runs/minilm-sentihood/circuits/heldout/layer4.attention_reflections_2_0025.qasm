// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5457723342143537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf3654dae164ed4dc0e03d3d7c16144c44ad896597a0f272d44caaf0f149cc17
