// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.831252558560331) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 548a9cd4cf8a36430328d198d00cee9b1f49923371fa50c93a5c45fbaf61f4f7
