// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9768286324284536) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bf1d367f28cbd2a9d074a2783af84a8fd53ddd7b2fd10aafb9820fc92a1e44c0
