// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2501945147485469) q[0];
ry(2.64878622140159) q[0];
rz(0.22144862651837904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d5a3e581fb6160a89967c276a8640f2c5152cbef82ae6f83f6dc91f7c47793eb
