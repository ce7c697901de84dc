// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4090246545320628) q[0];
ry(2.526979690913365) q[0];
rz(0.3403629297880526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b95a8e40437cb61bc07c7a273496683a1c1b34813ab8a968e2a5c6c7c6e72a35
