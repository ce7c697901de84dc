// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9912492760429513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2572d9ac35329ec9d79b8bfde32e1984380a2a2e4f5f8e845464202b5e8ab86c
