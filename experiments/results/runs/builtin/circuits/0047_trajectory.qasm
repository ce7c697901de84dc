// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5333073518437536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c665b1c5ba93f72d46210ecfb517d3f703cd5ccc715badde8a972a2434260d3c
