// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5412151909817955) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cde9b0162342da0ee3f111ec085739789b65b294b919bbd9079e20940c8bc4e1
