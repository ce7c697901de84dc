// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3913189519548875) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b0182f232b129849564bbb13da1a33c739bad6eb2cd48a4e06fe0a25abc994f
