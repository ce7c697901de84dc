// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7112261515547378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92d257376af8b8f237189c4bda473fe2cb08ac6e771366d9605b179043663437
