// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0554674188603623) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 468a1c4f5d94200c773230235c9349487b94158ff7b1eaaef6145197789ccbfb
