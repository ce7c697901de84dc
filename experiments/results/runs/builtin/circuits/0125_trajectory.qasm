// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8862987767844233) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 314cc92c0c81fe0cf4bca3d7f13cde2f5a1ce290905f85f6e48538310b7c62ea
