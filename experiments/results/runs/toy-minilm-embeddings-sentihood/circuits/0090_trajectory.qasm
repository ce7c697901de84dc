// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.442275356008316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c00d7139d6df68f1800795b8afbce04cb7667157c13ea6951608c6b2fb9f90f
