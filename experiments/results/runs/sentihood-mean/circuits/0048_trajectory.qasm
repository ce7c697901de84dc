// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8595158837307837) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a295a6784eade01eca8150d393d48052b6110316d8e0a09e99671f161cecbe7
