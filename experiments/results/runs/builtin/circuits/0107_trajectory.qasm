// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.31431678139761055) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4d86de854814125e525bc6a501d36fbdb7b9b1d88b995b839739822e00011be
