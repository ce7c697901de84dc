// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6419159152313407) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1f88b48ba6a54bcc844405c307744c4ea882f26f083f554236ddf55101d3e7f
