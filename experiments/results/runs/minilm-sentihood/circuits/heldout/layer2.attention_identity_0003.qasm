// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5363217477074855) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee1ed8fdee92ad6dac2b954fe01519e5c7dd1ab75b341309d0f5cb9e3d646cf7
