// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4746562028684242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c804005f249e3b759e9a2502e4fa8a9dd4d6a65da9e3f11e359119e4ad54ef6
