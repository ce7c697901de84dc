// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.172318908776924) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cedb7d88ad3456cf95a86b78ad33602b22a1b2c39a6ae08aeeaaf625509ad05
