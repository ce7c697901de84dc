// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.419627204826416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cacda99cf065fc2c004c6ca63386395df3e333c4d89fd35e40ec0102c94403c8
