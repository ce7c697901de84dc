// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4226656241706018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c0a5cf10af7c4e246afbcb8fff7bcd250dcf444437a3ca0f5b759a9adeec2ca
