// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.175970511862511) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0c61b1e9715036f25f5d06bcd2c542246f9c5f086396ecd6dc17646bbaa37dc
