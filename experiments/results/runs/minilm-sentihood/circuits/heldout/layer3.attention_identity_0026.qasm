// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3826393350230886) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9dbb40bf6211753999885e65d579560be8fa795d12d20054d8a4c9933bcafb6
