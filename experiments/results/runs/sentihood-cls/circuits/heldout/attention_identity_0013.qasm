// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5625356938160462) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1aa88c8ab073f924a7f776bc375c01c84e7c0afe6dd94d4f58b0b7f260ac8d29
