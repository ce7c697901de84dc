// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.343242033382476) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1b82afb92ad7aee3766c8cb73b68f0f6ea33245616e29cb8d78f422e0533508
