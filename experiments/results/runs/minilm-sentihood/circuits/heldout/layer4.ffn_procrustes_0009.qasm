// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.400236773498209) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87c162e9f6e73d5cc34d6b7c259aa992273cc453321385da86e38909509c20a2
