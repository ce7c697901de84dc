// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0255355618846833) q[0];
ry(1.5274653418592465) q[0];
rz(-0.071288792871397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e3a0b7204b659a1a5390660e144dca85949aa8657f8588d17eb1afaac9b10fd
