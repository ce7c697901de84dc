// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.602875184289839) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6eadce27aeeb755e1ae7c255d14ef3c050a41b656e9f0dd648d3b00cbd9ef594
