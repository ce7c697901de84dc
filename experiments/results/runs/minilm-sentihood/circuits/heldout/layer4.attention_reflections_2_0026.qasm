// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.623388492224448) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca9c5282836869901add93bae901c97780165ae7e9abee8fccedd9a6da43e624
