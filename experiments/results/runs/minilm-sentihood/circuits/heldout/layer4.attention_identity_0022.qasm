// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.956591953673062) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 867af5b1ddfc6c3522ae1a217b1fa7885416d5a8a9f1cea8154a802b640daae6
