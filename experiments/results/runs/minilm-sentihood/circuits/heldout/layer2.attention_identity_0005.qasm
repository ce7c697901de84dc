// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.274428482269704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56f916831bcb6a94b1dcc5c4ca171f1839cdc01d123bd4b6b7fb4c06b20950f6
