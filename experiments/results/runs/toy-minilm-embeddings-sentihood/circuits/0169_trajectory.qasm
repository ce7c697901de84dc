// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.826566311429405) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 323c9bfd625e058e6dce1fa5130bf76510ded37e420ac7039e303f969e5d3343
