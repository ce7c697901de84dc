// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.631079391266012) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f49041d40e4343d2a715ffbc86efa047748664332224a2245c675339f25f7c8
