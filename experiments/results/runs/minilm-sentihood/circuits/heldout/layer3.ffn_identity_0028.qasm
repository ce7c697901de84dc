// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4812014686309214) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 89319f33782f27498dc70a3ba41e5bdc2eecd56304ed49ccf4fe9212fbde8ba7
