// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9797276241132167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 74b98e8420b45a22b1d83d25a5e45f766419d139f70dd4f7dbc02bddefaaa510
