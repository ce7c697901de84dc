// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3693288885912169) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a62714f89c4a611b7839fa0ebfc2b2d1102938b8659e3afefbc521669569c8b
