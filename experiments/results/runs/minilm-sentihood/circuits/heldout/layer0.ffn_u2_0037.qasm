// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.18538828192782963) q[0];
ry(2.2185262775472223) q[0];
rz(0.11267919426579098) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd9361de370522ddc34713d28408897631b599adaaec3f9d150825fcc1a2175b
