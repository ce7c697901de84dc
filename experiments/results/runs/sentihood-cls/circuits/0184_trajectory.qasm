// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4298302663147071) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 79c3af84295cbabf105703afdede9138f4ec8b385a436f5be212c22f1ecc623b
