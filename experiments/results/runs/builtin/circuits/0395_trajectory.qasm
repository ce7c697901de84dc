// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.596856664112419) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4dbe3ca06566836b3a45632c8971d77eebdb28b765dcf68edfa6dfc3088b591f
