// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2096482352436535) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94596a44842fa48a024d13be14b9516544e25fb7b1fe8afec5eaaee7daca2a39
